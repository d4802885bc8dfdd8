<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CapflowReader</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>fehlendes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld &quot;%1&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must not be empty</source>
        <translation>Feld &quot;%1&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for &quot;%2&quot; (expected one of: %3)</source>
        <translation>unbekannter Wert &quot;%1&quot; für &quot;%2&quot; (erlaubt sind: %3)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum &quot;%1&quot; (erwartet: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be a string of whole US dollars, e.g. &quot;1500000000&quot;</source>
        <translation>Betrag &quot;%1&quot; muss eine Zeichenkette mit ganzen US-Dollar sein, z. B. &quot;1500000000&quot;</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag &quot;%1&quot; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected whole US dollars, digits only)</source>
        <translation>fehlerhafter Betrag &quot;%1&quot; (erwartet: ganze US-Dollar, nur Ziffern)</translation>
    </message>
    <message>
        <source>unknown company id &quot;%1&quot;</source>
        <translation>unbekannte Unternehmens-ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation>Feld &quot;%1&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>Objekt erwartet</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>mindestens eine Quelle ist erforderlich</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>Quell-URL &quot;%1&quot; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; must be an ISO 3166 alpha-2 code such as &quot;US&quot;</source>
        <translation>Land &quot;%1&quot; muss ein Alpha-2-Code nach ISO 3166 sein, z. B. &quot;US&quot;</translation>
    </message>
    <message>
        <source>position must be an object with numbers &quot;x&quot; and &quot;y&quot;</source>
        <translation>Position muss ein Objekt mit den Zahlen &quot;x&quot; und &quot;y&quot; sein</translation>
    </message>
    <message>
        <source>malformed capacity &quot;%1&quot; (expected gigawatts such as &quot;1.5&quot;)</source>
        <translation>fehlerhafte Kapazität &quot;%1&quot; (erwartet: Gigawatt, z. B. &quot;1.5&quot;)</translation>
    </message>
    <message>
        <source>not a CapFlow document: &quot;format&quot; must be &quot;capflow&quot;</source>
        <translation>kein CapFlow-Dokument: &quot;format&quot; muss &quot;capflow&quot; sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive whole number</source>
        <translation>&quot;version&quot; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>schema version %1 was written by a newer CapFlow (this one reads up to %2)</source>
        <translation>Schemaversion %1 stammt von einer neueren CapFlow-Version (diese liest bis Version %2)</translation>
    </message>
    <message>
        <source>duplicate company name &quot;%1&quot;</source>
        <translation>doppelter Unternehmensname &quot;%1&quot;</translation>
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
        <translation>Eine .capflow- oder .csv-Datei; ohne Angabe der mitgelieferte Datensatz.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Validate FILE; problems go to stderr as FILE:LINE:COLUMN: message.</source>
        <translation>FILE prüfen; Probleme werden im Format FILE:ZEILE:SPALTE: Meldung nach stderr ausgegeben.</translation>
    </message>
    <message>
        <source>Export the network view (.png .svg .pdf).</source>
        <translation>Netzwerkansicht exportieren (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export the valuation timeline (.png .svg .pdf).</source>
        <translation>Bewertungszeitleiste exportieren (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export a multi-page PDF report.</source>
        <translation>Mehrseitigen PDF-Bericht exportieren.</translation>
    </message>
    <message>
        <source>Print the capital-flow analysis as JSON.</source>
        <translation>Kapitalflussanalyse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Language of the output: de or en (default: system).</source>
        <translation>Sprache der Ausgabe: de oder en (Standard: Systemsprache).</translation>
    </message>
    <message>
        <source>Only deals on or after this date.</source>
        <translation>Nur Deals ab diesem Datum (einschließlich).</translation>
    </message>
    <message>
        <source>Only deals on or before this date.</source>
        <translation>Nur Deals bis zu diesem Datum (einschließlich).</translation>
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
        <translation>Auflösung von PNG-Exporten (Standard: 300).</translation>
    </message>
    <message>
        <source>Title of the exported chart or report.</source>
        <translation>Titel des exportierten Diagramms oder Berichts.</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-network, --export-timeline, --export-report, --export-data and --analyze.</source>
        <translation>Nur eine der Optionen --check, --export-network, --export-timeline, --export-report, --export-data oder --analyze angeben.</translation>
    </message>
    <message>
        <source>Only one FILE can be given, not %1.</source>
        <translation>Nur ein Argument FILE ist erlaubt, nicht %1.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language CapFlow speaks; use de or en.</source>
        <translation>--lang: &quot;%1&quot; ist keine von CapFlow unterstützte Sprache; de oder en verwenden.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1: &quot;%2&quot; ist kein Datum der Form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from must not be later than --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each between 100 and 20000 pixels.</source>
        <translation>--size: &quot;%1&quot; hat nicht die Form WIDTHxHEIGHT mit Werten zwischen 100 und 20000 Pixeln.</translation>
    </message>
    <message>
        <source>--dpi: &quot;%1&quot; is not a resolution between 36 and 2400.</source>
        <translation>--dpi: &quot;%1&quot; ist keine Auflösung zwischen 36 und 2400.</translation>
    </message>
    <message>
        <source>--from, --to, --companies, --size, --dpi and --title apply to exports and --analyze only.</source>
        <translation>--from, --to, --companies, --size, --dpi und --title gelten nur für Exporte und --analyze.</translation>
    </message>
    <message>
        <source>Export the data (.capflow .csv .graphml .gexf .dot).</source>
        <translation>Daten exportieren (.capflow .csv .graphml .gexf .dot).</translation>
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
    <name>CompanyPicker</name>
    <message>
        <source>Search companies…</source>
        <translation>Unternehmen suchen…</translation>
    </message>
    <message>
        <source>AI labs</source>
        <translation>KI-Labore</translation>
    </message>
    <message>
        <source>The AI labs with valuations</source>
        <translation>Die KI-Labore mit Bewertungen</translation>
    </message>
    <message>
        <source>Seed article</source>
        <translation>Ausgangsartikel</translation>
    </message>
    <message>
        <source>The companies of the seed article: Anthropic, OpenAI, Microsoft, Nvidia, Amazon and Alphabet</source>
        <translation>Die Unternehmen des Ausgangsartikels: Anthropic, OpenAI, Microsoft, Nvidia, Amazon und Alphabet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n Bewertung</numerusform>
            <numerusform>%n Bewertungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quoted field is never closed</source>
        <translation>Feld in Anführungszeichen wird nicht geschlossen</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Current view (cannot be exported)</source>
        <translation>Aktuelle Ansicht (nicht exportierbar)</translation>
    </message>
    <message>
        <source>Current view: %1</source>
        <translation>Aktuelle Ansicht: %1</translation>
    </message>
    <message>
        <source>Report (title page, figures, deal table and sources; PDF)</source>
        <translation>Bericht (Titelseite, Abbildungen, Deal-Tabelle und Quellen; PDF)</translation>
    </message>
    <message>
        <source>PDF (vector, for print)</source>
        <translation>PDF (Vektor, für den Druck)</translation>
    </message>
    <message>
        <source>SVG (vector, for editing)</source>
        <translation>SVG (Vektor, zum Bearbeiten)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (Bild)</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Default title</source>
        <translation>Standardtitel</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Seitenformat:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Grafiken (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>unknown image format; use .png, .svg or .pdf</source>
        <translation>unbekanntes Bildformat; .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>the image is too large for memory</source>
        <translation>das Bild ist zu groß für den Arbeitsspeicher</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>die PNG-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Made with CapFlow</source>
        <translation>Erstellt mit CapFlow</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>die SVG-Ausgabe konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Ausgabe konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>--companies: no company named %1 in %2</source>
        <translation>--companies: kein Unternehmen namens %1 in %2</translation>
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
        <translation>Weitere Informationen mit &apos;capflow --help&apos;.</translation>
    </message>
    <message>
        <source>This option is not yet available in this version of CapFlow.</source>
        <translation>Diese Option ist in dieser Version von CapFlow noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>--export-data: cannot tell the format of &quot;%1&quot;; use .capflow, .csv, .graphml, .gexf or .dot</source>
        <translation>--export-data: Das Format von „%1“ ist nicht erkennbar; verwenden Sie .capflow, .csv, .graphml, .gexf oder .dot</translation>
    </message>
    <message>
        <source>--export-timeline: cannot tell the format of &quot;%1&quot;; use .png, .svg or .pdf</source>
        <translation>--export-timeline: das Format von „%1“ ist nicht erkennbar; verwenden Sie .png, .svg oder .pdf</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>--export-report: the report is a PDF; give &quot;%1&quot; the suffix .pdf</source>
        <translation>--export-report: der Bericht ist ein PDF; bitte „%1“ die Endung .pdf geben</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
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
        <translation>Sekundärverkauf</translation>
    </message>
    <message>
        <source>Market cap</source>
        <translation>Börsenwert</translation>
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
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
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
        <translation>CapFlow-Dokument oder CSV-Datei mit Deals öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>Save the document under a new name</source>
        <translation>Dokument unter neuem Namen speichern</translation>
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
        <translation>bitte die Endung .capflow oder .csv verwenden</translation>
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
        <translation>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie Kapital durch die KI-Branche fließt: wer in wen investiert, wer wessen Rechenleistung und Chips kauft und ob das Geld wieder zurückfließt.&lt;/p&gt;&lt;p&gt;Der mitgelieferte Datensatz beruht auf veröffentlichten Presseberichten; jeder Deal nennt seine Quellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitverlauf</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>die Datei ist leer; Kopfzeile erwartet</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>Spalte &quot;%1&quot; fehlt in der Kopfzeile</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2</source>
        <translation>Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>leere ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Datumsgenauigkeit &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum &quot;%1&quot; (erwartet: YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>empty company name in &quot;%1&quot;</source>
        <translation>leerer Unternehmensname in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Deal-Art &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag &quot;%1&quot; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected billions of USD such as 2.5)</source>
        <translation>fehlerhafter Betrag &quot;%1&quot; (erwartet: Milliarden US-Dollar, z. B. 2.5)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>a deal needs at least one source URL</source>
        <translation>ein Deal braucht mindestens eine Quell-URL</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>Quell-URL &quot;%1&quot; muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid valuation row</source>
        <translation>ungültige Bewertungszeile</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>Datei kann nicht geöffnet werden: %1</translation>
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
        <translation>Die Beträge überschneiden sich teilweise (Gesamtzusagen, Finanzierungsrunden und deren Teile); sie werden nach Verlässlichkeit getrennt ausgewiesen und sind nicht zum Addieren gedacht.</translation>
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
    <name>PrintController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the current view as PDF, SVG or PNG, or the report as PDF</source>
        <translation>Die aktuelle Ansicht als PDF, SVG oder PNG exportieren oder den Bericht als PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>Print the current view with its legend</source>
        <translation>Die aktuelle Ansicht mit ihrer Legende drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>Preview the printout of the current view</source>
        <translation>Den Ausdruck der aktuellen Ansicht in der Vorschau zeigen</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <source>Print the report: title page, figures, deal table and sources</source>
        <translation>Den Bericht drucken: Titelseite, Abbildungen, Deal-Tabelle und Quellen</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Report…</source>
        <translation>Druck&amp;vorschau des Berichts…</translation>
    </message>
    <message>
        <source>Preview the report page by page; change page size and orientation there</source>
        <translation>Den Bericht Seite für Seite ansehen; Seitenformat und Ausrichtung lassen sich dort ändern</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <source>Print Preview of Report</source>
        <translation>Druckvorschau des Berichts</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Der Bericht wird gedruckt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ReferenceImporter</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Data: %1</source>
        <translation>Daten: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Capital flows in the AI industry</source>
        <translation>Kapitalflüsse in der KI-Branche</translation>
    </message>
</context>
<context>
    <name>ReportContents</name>
    <message>
        <source>%1 committed</source>
        <comment>amount of a deal</comment>
        <translation>%1 zugesagt</translation>
    </message>
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
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>ReportFilter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>alle Daten</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>alle Arten</translation>
    </message>
    <message>
        <source>all companies</source>
        <translation>alle Unternehmen</translation>
    </message>
</context>
<context>
    <name>ReportPrinter</name>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>No deals match the filter.</source>
        <translation>Kein Deal entspricht dem Filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), by date. From: who pays, invests or (for divestments) sells; To: who receives, or whose shares were sold. Numbers in brackets refer to the list of sources.</source>
        <translation>
            <numerusform>%n Deal, nach Datum. Von: wer zahlt, investiert oder (beim Verkauf von Anteilen) verkauft; An: wer empfängt oder wessen Anteile verkauft wurden. Zahlen in eckigen Klammern verweisen auf das Quellenverzeichnis.</numerusform>
            <numerusform>%n Deals, nach Datum. Von: wer zahlt, investiert oder (beim Verkauf von Anteilen) verkauft; An: wer empfängt oder wessen Anteile verkauft wurden. Zahlen in eckigen Klammern verweisen auf das Quellenverzeichnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>Keine Quellen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal-Arten</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
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
        <source>Deals from %1 to %2</source>
        <translation>Deals von %1 bis %2</translation>
    </message>
    <message>
        <source>Disclosed amounts by deal kind</source>
        <translation>Genannte Beträge nach Deal-Art</translation>
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
        <translation>Zugesagt oder gemeldet</translation>
    </message>
    <message>
        <source>Up to (ceiling)</source>
        <translation>Bis zu (Obergrenze)</translation>
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
        <source>Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from committed and reported amounts and are not added to them. Amounts overlap in places (aggregate commitments, rounds and their parts), so the kinds are not meant to be added up. Undisclosed: deals without a published amount.</source>
        <translation>Summen der genannten Beträge je Art. Bis-zu-Beträge (Obergrenzen) und Schätzungen stehen getrennt von zugesagten und gemeldeten Beträgen und werden ihnen nicht zugerechnet. Beträge überschneiden sich teilweise (Gesamtzusagen, Finanzierungsrunden und ihre Teile); die Arten sind daher nicht zum Addieren gedacht. Nicht genannt: Deals ohne veröffentlichten Betrag.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Valuations over time</source>
        <translation>Bewertungen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Valuations over time: %1</source>
        <translation>Bewertungen im Zeitverlauf: %1</translation>
    </message>
    <message>
        <source>%1 (no valuations)</source>
        <translation>%1 (keine Bewertungen)</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1 (logarithmische Skala)</translation>
    </message>
</context>
<context>
    <name>TimelineOverlay</name>
    <message numerus="yes">
        <source>×%1 in %n month(s)</source>
        <translation>
            <numerusform>×%1 in %n Monat</numerusform>
            <numerusform>×%1 in %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (filled: money in, ring: money out; size by amount)</source>
        <translation>Deals (gefüllt: Geld fließt zu, Ring: Geld fließt ab; Größe nach Betrag)</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>No sources for the data shown.</source>
        <translation>Keine Quellen für die gezeigten Daten.</translation>
    </message>
    <message numerus="yes">
        <source>Data: %n source(s) (%1); all sources are listed in the CapFlow report.</source>
        <translation>
            <numerusform>Daten: %n Quelle (%1); alle Quellen sind im CapFlow-Bericht aufgeführt.</numerusform>
            <numerusform>Daten: %n Quellen (%1); alle Quellen sind im CapFlow-Bericht aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported on %1 with CapFlow.</source>
        <translation>Exportiert am %1 mit CapFlow.</translation>
    </message>
</context>
<context>
    <name>TimelineTooltip</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Quellen:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>&amp;Logarithmische Skala</translation>
    </message>
    <message>
        <source>Show &amp;deals</source>
        <translation>&amp;Deals zeigen</translation>
    </message>
    <message>
        <source>Hover a point for its facts and sources; click it to select it in the tables.</source>
        <translation>Zeigen Sie auf einen Punkt für Fakten und Quellen; ein Klick wählt ihn in den Tabellen aus.</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Zum Zeitverlauf hinzufügen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>%1 is not on the timeline.</source>
        <translation>%1 ist nicht im Zeitverlauf.</translation>
    </message>
</context>
</TS>
