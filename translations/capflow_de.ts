<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CapflowReader</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld „%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must not be empty</source>
        <translation>Feld „%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for &quot;%2&quot; (expected one of: %3)</source>
        <translation>unbekannter Wert „%1“ für „%2“ (erwartet: %3)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum „%1“ (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be a string of whole US dollars, e.g. &quot;1500000000&quot;</source>
        <translation>Betrag „%1“ muss ein Text aus ganzen US-Dollar sein, z. B. „1500000000“</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag „%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected whole US dollars, digits only)</source>
        <translation>fehlerhafter Betrag „%1“ (erwartet ganze US-Dollar, nur Ziffern)</translation>
    </message>
    <message>
        <source>unknown company id &quot;%1&quot;</source>
        <translation>unbekannte Unternehmens-ID „%1“</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation>Feld „%1“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>mindestens eine Quelle ist nötig</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>Quell-URL „%1“ muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; must be an ISO 3166 alpha-2 code such as &quot;US&quot;</source>
        <translation>Land „%1“ muss ein ISO-3166-Alpha-2-Code wie „US“ sein</translation>
    </message>
    <message>
        <source>position must be an object with numbers &quot;x&quot; and &quot;y&quot;</source>
        <translation>Position muss ein Objekt mit den Zahlen „x“ und „y“ sein</translation>
    </message>
    <message>
        <source>malformed capacity &quot;%1&quot; (expected gigawatts such as &quot;1.5&quot;)</source>
        <translation>fehlerhafte Kapazität „%1“ (erwartet Gigawatt wie „1.5“)</translation>
    </message>
    <message>
        <source>not a CapFlow document: &quot;format&quot; must be &quot;capflow&quot;</source>
        <translation>kein CapFlow-Dokument: „format“ muss „capflow“ sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive whole number</source>
        <translation>„version“ muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>schema version %1 was written by a newer CapFlow (this one reads up to %2)</source>
        <translation>Schemaversion %1 stammt von einem neueren CapFlow (diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>duplicate company name &quot;%1&quot;</source>
        <translation>doppelter Unternehmensname „%1“</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>a CapFlow document must be a JSON object</source>
        <translation>ein CapFlow-Dokument muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CapFlow shows how capital flows through the AI industry.</source>
        <translation>CapFlow zeigt, wie Kapital durch die KI-Branche fließt.</translation>
    </message>
    <message>
        <source>A .capflow or .csv file; without it the bundled dataset.</source>
        <translation>Eine .capflow- oder .csv-Datei; ohne sie der mitgelieferte Datensatz.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Validate FILE; problems go to stderr as FILE:LINE:COLUMN: message.</source>
        <translation>DATEI prüfen; Probleme gehen als DATEI:ZEILE:SPALTE: Meldung nach stderr.</translation>
    </message>
    <message>
        <source>Export the network view (.png .svg .pdf).</source>
        <translation>Die Netzwerkansicht exportieren (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export the valuation timeline (.png .svg .pdf).</source>
        <translation>Den Bewertungsverlauf exportieren (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export a multi-page PDF report.</source>
        <translation>Einen mehrseitigen PDF-Bericht exportieren.</translation>
    </message>
    <message>
        <source>Export the data (.capflow .csv).</source>
        <translation>Die Daten exportieren (.capflow .csv).</translation>
    </message>
    <message>
        <source>Print the capital-flow analysis as JSON.</source>
        <translation>Die Kapitalfluss-Analyse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Language of the output: de or en (default: system).</source>
        <translation>Sprache der Ausgabe: de oder en (Standard: System).</translation>
    </message>
    <message>
        <source>Only deals on or after this date.</source>
        <translation>Nur Deals ab diesem Datum.</translation>
    </message>
    <message>
        <source>Only deals on or before this date.</source>
        <translation>Nur Deals bis zu diesem Datum.</translation>
    </message>
    <message>
        <source>Only these companies (comma-separated names).</source>
        <translation>Nur diese Unternehmen (Namen durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Image size in pixels.</source>
        <translation>Bildgröße in Pixeln.</translation>
    </message>
    <message>
        <source>Resolution of PNG exports (default 300).</source>
        <translation>Auflösung von PNG-Exporten (Standard 300).</translation>
    </message>
    <message>
        <source>Title of the exported chart or report.</source>
        <translation>Titel der exportierten Grafik oder des Berichts.</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-network, --export-timeline, --export-report, --export-data and --analyze.</source>
        <translation>Wählen Sie nur eine der Optionen --check, --export-network, --export-timeline, --export-report, --export-data und --analyze.</translation>
    </message>
    <message>
        <source>Only one FILE can be given, not %1.</source>
        <translation>Es kann nur eine DATEI angegeben werden, nicht %1.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language CapFlow speaks; use de or en.</source>
        <translation>--lang: „%1“ ist keine Sprache, die CapFlow spricht; verwenden Sie de oder en.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1: „%2“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--from must not be later than --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each between 100 and 20000 pixels.</source>
        <translation>--size: „%1“ ist nicht BREITExHÖHE mit Werten zwischen 100 und 20000 Pixeln.</translation>
    </message>
    <message>
        <source>--dpi: &quot;%1&quot; is not a resolution between 36 and 2400.</source>
        <translation>--dpi: „%1“ ist keine Auflösung zwischen 36 und 2400.</translation>
    </message>
    <message>
        <source>--from, --to, --companies, --size, --dpi and --title apply to exports and --analyze only.</source>
        <translation>--from, --to, --companies, --size, --dpi und --title gelten nur für Exporte und --analyze.</translation>
    </message>
</context>
<context>
    <name>CompanyListModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quoted field is never closed</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach schließendem Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add company %1</source>
        <translation>Unternehmen %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Unternehmen %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Unternehmen %1 löschen</translation>
    </message>
    <message>
        <source>Add deal %1 → %2</source>
        <translation>Deal %1 → %2 hinzufügen</translation>
    </message>
    <message>
        <source>Edit deal %1 → %2</source>
        <translation>Deal %1 → %2 bearbeiten</translation>
    </message>
    <message>
        <source>Delete deal %1 → %2</source>
        <translation>Deal %1 → %2 löschen</translation>
    </message>
    <message>
        <source>Add valuation of %1</source>
        <translation>Bewertung von %1 hinzufügen</translation>
    </message>
    <message>
        <source>Edit valuation of %1</source>
        <translation>Bewertung von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete valuation of %1</source>
        <translation>Bewertung von %1 löschen</translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen verschieben</numerusform>
            <numerusform>%n Unternehmen verschieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>unknown image format; use .png, .svg or .pdf</source>
        <translation>unbekanntes Bildformat; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>the image is too large for memory</source>
        <translation>das Bild ist zu groß für den Speicher</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>das PNG konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Made with CapFlow</source>
        <translation>Erstellt mit CapFlow</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>das SVG konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>--companies: no company named %1 in %2</source>
        <translation>--companies: kein Unternehmen namens %1 in %2</translation>
    </message>
    <message>
        <source>--export-data: cannot tell the format of &quot;%1&quot;; use .capflow or .csv</source>
        <translation>--export-data: das Format von „%1“ ist unklar; verwenden Sie .capflow oder .csv</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n deal(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Deal)</numerusform>
            <numerusform>%1 geschrieben (%n Deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (%2, %3, %4)</source>
        <translation>%1: keine Probleme gefunden (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;capflow --help&apos; for more information.</source>
        <translation>Weitere Informationen mit „capflow --help“.</translation>
    </message>
    <message>
        <source>This option is not yet available in this version of CapFlow.</source>
        <translation>Diese Option gibt es in dieser Version von CapFlow noch nicht.</translation>
    </message>
    <message>
        <source>--export-network: cannot tell the format of &quot;%1&quot;; use .png, .svg or .pdf</source>
        <translation>--export-network: das Format von „%1“ ist unklar; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>AI lab</source>
        <translation>KI-Labor</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Chip maker</source>
        <translation>Chiphersteller</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Conglomerate</source>
        <translation>Konzern</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Beteiligung</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Chips</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnerschaft</translation>
    </message>
    <message>
        <source>Divestment</source>
        <translation>Verkauf von Anteilen</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Übernahme</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis zu</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>berichtet</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>Post-money</source>
        <translation>Post-Money</translation>
    </message>
    <message>
        <source>Secondary sale</source>
        <translation>Zweitmarktverkauf</translation>
    </message>
    <message>
        <source>Market cap</source>
        <translation>Marktkapitalisierung</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open a CapFlow document or a CSV file of deals</source>
        <translation>Ein CapFlow-Dokument oder eine CSV-Datei mit Deals öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the document under a new name</source>
        <translation>Das Dokument unter neuem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CapFlow</source>
        <translation>Über &amp;CapFlow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Search deals (company, kind, note)…</source>
        <translation>Deals durchsuchen (Unternehmen, Art, Notiz) …</translation>
    </message>
    <message>
        <source>AI capital flows (bundled dataset)</source>
        <translation>KI-Kapitalflüsse (mitgelieferter Datensatz)</translation>
    </message>
    <message>
        <source>%1 — CapFlow</source>
        <translation>%1 — CapFlow</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… und %n weiteres Problem</numerusform>
            <numerusform>… und %n weitere Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 could not be opened; the current document is unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 konnte nicht geöffnet werden; das aktuelle Dokument bleibt unverändert.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>CapFlow documents (*.capflow);;CSV files of deals (*.csv);;All files (*)</source>
        <translation>CapFlow-Dokumente (*.capflow);;CSV-Dateien mit Deals (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>CapFlow documents (*.capflow);;CSV files of deals (*.csv)</source>
        <translation>CapFlow-Dokumente (*.capflow);;CSV-Dateien mit Deals (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>use the suffix .capflow or .csv</source>
        <translation>verwenden Sie die Endung .capflow oder .csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>About CapFlow</source>
        <translation>Über CapFlow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Shows how capital flows through the AI industry: who invests in whom, who buys whose compute and chips, and whether the money comes back round.&lt;/p&gt;&lt;p&gt;The bundled dataset is compiled from published news reports; every deal names its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie Kapital durch die KI-Branche fließt: wer in wen investiert, wer wessen Rechenleistung und Chips kauft und ob das Geld im Kreis zurückkommt.&lt;/p&gt;&lt;p&gt;Der mitgelieferte Datensatz stammt aus veröffentlichten Presseberichten; jeder Deal nennt seine Quellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>die Datei ist leer; erwartet wird eine Kopfzeile</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>Spalte „%1“ fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>leere ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID „%1“</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Datumsgenauigkeit „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum „%1“ (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>empty company name in &quot;%1&quot;</source>
        <translation>leerer Unternehmensname in „%1“</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Deal-Art „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag „%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected billions of USD such as 2.5)</source>
        <translation>fehlerhafter Betrag „%1“ (erwartet Milliarden USD wie 2.5)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>a deal needs at least one source URL</source>
        <translation>ein Deal braucht mindestens eine Quell-URL</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>Quell-URL „%1“ muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>invalid valuation row</source>
        <translation>ungültige Bewertungszeile</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>NetworkDetailsPanel</name>
    <message>
        <source>Click a company or a deal in the network to see its details here.</source>
        <translation>Klicken Sie im Netzwerk auf ein Unternehmen oder einen Deal, um hier Einzelheiten zu sehen.</translation>
    </message>
    <message>
        <source>Latest valuation: %1 (%2)</source>
        <translation>Letzte Bewertung: %1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Fest</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis zu</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Nicht genannt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Deals as payer or investor</source>
        <translation>Deals als Zahler oder Investor</translation>
    </message>
    <message>
        <source>Deals as receiver</source>
        <translation>Deals als Empfänger</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount kind</source>
        <translation>Betragsart</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>NetworkPainter</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Deals (arrow: money flows)</source>
        <translation>Deals (Pfeil: Geldfluss)</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>Mehrere Arten</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Beträge</translation>
    </message>
    <message>
        <source>committed or reported</source>
        <translation>zugesagt oder berichtet</translation>
    </message>
    <message>
        <source>up to or estimated</source>
        <translation>bis zu oder geschätzt</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Größe: %1</translation>
    </message>
</context>
<context>
    <name>NetworkScene</name>
    <message>
        <source>Latest valuation</source>
        <translation>Letzte Bewertung</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>Erhaltenes Geld</translation>
    </message>
    <message>
        <source>Money paid</source>
        <translation>Gezahltes Geld</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Anzahl der Deals</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
</context>
<context>
    <name>NetworkWidget</name>
    <message>
        <source>Find a company…</source>
        <translation>Unternehmen suchen …</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Merge parallel deals</source>
        <translation>Parallele Deals zusammenfassen</translation>
    </message>
    <message>
        <source>Draw all deals from one company to another as one edge with their count and sum</source>
        <translation>Alle Deals von einem Unternehmen zu einem anderen als eine Kante mit Anzahl und Summe zeichnen</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Anordnen</translation>
    </message>
    <message>
        <source>Lay the network out again; companies you moved stay where they are</source>
        <translation>Das Netzwerk neu anordnen; von Ihnen verschobene Unternehmen bleiben, wo sie sind</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Kräftebasiert</translation>
    </message>
    <message>
        <source>Circle by company kind</source>
        <translation>Kreis nach Unternehmensart</translation>
    </message>
    <message>
        <source>Layers: investors → AI labs → providers</source>
        <translation>Ebenen: Investoren → KI-Labore → Anbieter</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Show the whole network (0)</source>
        <translation>Das ganze Netzwerk zeigen (0)</translation>
    </message>
    <message>
        <source>Zoom level (wheel, + and -)</source>
        <translation>Zoomstufe (Mausrad, + und -)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Show the network growing over time</source>
        <translation>Das Netzwerk im Lauf der Zeit wachsen lassen</translation>
    </message>
    <message>
        <source>Deals from</source>
        <translation>Deals ab</translation>
    </message>
    <message>
        <source>Deals until</source>
        <translation>Deals bis</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal-Arten</translation>
    </message>
    <message>
        <source>Company kinds</source>
        <translation>Unternehmensarten</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Mindestens:</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Fokus:</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Ganzes Netzwerk</translation>
    </message>
    <message>
        <source>Selected company and partners</source>
        <translation>Ausgewähltes Unternehmen und Partner</translation>
    </message>
    <message>
        <source>Selected company, 2 steps</source>
        <translation>Ausgewähltes Unternehmen, 2 Schritte</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Untitled document</source>
        <translation>Unbenanntes Dokument</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1, %2 und %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n Unternehmen</numerusform>
            <numerusform>%n Unternehmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals from %1 to %2.</source>
        <translation>Deals von %1 bis %2.</translation>
    </message>
    <message>
        <source>Amounts by deal kind</source>
        <translation>Beträge nach Deal-Art</translation>
    </message>
    <message>
        <source>Amounts overlap in places (aggregate commitments, rounds and their parts); they are shown apart by certainty and are not meant to be added up.</source>
        <translation>Beträge überschneiden sich teilweise (Gesamtzusagen, Finanzierungsrunden und ihre Teile); sie werden nach Gewissheit getrennt gezeigt und sollen nicht addiert werden.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Committed or reported</source>
        <translation>Zugesagt oder berichtet</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Bis zu</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Geschätzt</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Nicht genannt</translation>
    </message>
    <message>
        <source>Largest deals</source>
        <translation>Größte Deals</translation>
    </message>
</context>
<context>
    <name>ReferenceImporter</name>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
</context>
</TS>
