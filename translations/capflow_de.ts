<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalysisDock</name>
    <message>
        <source>(choose a company)</source>
        <translation>(Unternehmen wählen)</translation>
    </message>
    <message numerus="yes">
        <source>%n circular flow(s) of up to %1 deals</source>
        <translation>
            <numerusform>%n Kreislauf aus bis zu %1 Deals</numerusform>
            <numerusform>%n Kreisläufe aus bis zu %1 Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with vendor financing</source>
        <translation>
            <numerusform>%n mit Lieferantenfinanzierung</numerusform>
            <numerusform>%n mit Lieferantenfinanzierung</numerusform>
        </translation>
    </message>
    <message>
        <source>the search stopped at its work limit, so the list is incomplete</source>
        <translation>die Suche hat ihr Arbeitslimit erreicht, die Liste ist daher unvollständig</translation>
    </message>
    <message>
        <source>Pick a company to see which deals its partners would lose if it failed.</source>
        <translation>Wählen Sie ein Unternehmen, um zu sehen, welche Deals seine Partner bei seinem Ausfall verlören.</translation>
    </message>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n nicht genannt</numerusform>
            <numerusform>%n nicht genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n Deal: %1</numerusform>
            <numerusform>%n Deals: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Directly: %1. One step further: %2.</source>
        <translation>Direkt: %1. Einen Schritt weiter: %2.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>&amp;Longest cycle</source>
        <translation>&amp;Längster Kreislauf</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> Deals</translation>
    </message>
    <message>
        <source>The most deals a circular flow may have</source>
        <translation>Die größte Zahl von Deals, die ein Kreislauf haben darf</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Circular flows</source>
        <translation>Kreisläufe</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Geldflüsse</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Lieferantenfinanzierung</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>Was wäre, wenn…</translation>
    </message>
    <message>
        <source>Cycles of deals in which money leaves a company and comes back to it, ranked by the amount that can make the round trip</source>
        <translation>Ketten von Deals, in denen Geld ein Unternehmen verlässt und zu ihm zurückkehrt, geordnet nach dem Betrag, der den Kreislauf durchlaufen kann</translation>
    </message>
    <message>
        <source>Of what a company received from its investors, how much it committed back to them as purchases of compute and chips</source>
        <translation>Wie viel von dem, was ein Unternehmen von seinen Investoren erhielt, es ihnen als Käufe von Rechenleistung und Chips wieder zugesagt hat</translation>
    </message>
    <message>
        <source>If this company &amp;failed:</source>
        <translation>Wenn dieses Unternehmen &amp;ausfiele:</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n nicht genannt</numerusform>
            <numerusform>%n nicht genannt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapflowReader</name>
    <message>
        <source>missing field &quot;%1&quot;</source>
        <translation>Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>Feld „%1“ muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must not be empty</source>
        <translation>Feld „%1“ darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for &quot;%2&quot; (expected one of: %3)</source>
        <translation>unbekannter Wert „%1“ für „%2“ (erwartet: einer von %3)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum „%1“ (erwartet: JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be a string of whole US dollars, e.g. &quot;1500000000&quot;</source>
        <translation>Betrag „%1“ muss eine Zeichenkette ganzer US-Dollar sein, z. B. „1500000000“</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag „%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected whole US dollars, digits only)</source>
        <translation>fehlerhafter Betrag „%1“ (erwartet: ganze US-Dollar, nur Ziffern)</translation>
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
        <translation>mindestens eine Quelle ist erforderlich</translation>
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
        <translation>fehlerhafte Kapazität „%1“ (erwartet: Gigawatt wie „1.5“)</translation>
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
        <translation>Schemaversion %1 stammt von einem neueren CapFlow (dieses liest bis Version %2)</translation>
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
        <translation>Die Bewertungs-Zeitleiste exportieren (.png .svg .pdf).</translation>
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
        <translation>Die Kapitalflussanalyse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Language of the output: de or en (default: system).</source>
        <translation>Sprache der Ausgabe: de oder en (Standard: System).</translation>
    </message>
    <message>
        <source>Only deals on or after this date.</source>
        <translation>Nur Deals an oder nach diesem Datum.</translation>
    </message>
    <message>
        <source>Only deals on or before this date.</source>
        <translation>Nur Deals an oder vor diesem Datum.</translation>
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
        <translation>Titel des exportierten Diagramms oder Berichts.</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-network, --export-timeline, --export-report, --export-data and --analyze.</source>
        <translation>Wählen Sie eine der Optionen --check, --export-network, --export-timeline, --export-report, --export-data und --analyze.</translation>
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
    <message>
        <source>--analyze: longest cycle of deals to search, 2 to 8 (default 4).</source>
        <translation>--analyze: längster zu suchender Kreislauf aus Deals, 2 bis 8 (Standard 4).</translation>
    </message>
    <message>
        <source>--max-cycle-length: &quot;%1&quot; is not a length between 2 and 8.</source>
        <translation>--max-cycle-length: „%1“ ist keine Länge zwischen 2 und 8.</translation>
    </message>
    <message>
        <source>--max-cycle-length applies to --analyze only.</source>
        <translation>--max-cycle-length gilt nur für --analyze.</translation>
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
        <translation>Feld in Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>CycleTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Path of the money</source>
        <translation>Weg des Geldes</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Kreislaufbetrag</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Gewissheit</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, %5, %6</source>
        <translation>%1: %2 → %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>nicht genannt</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Lieferantenfinanzierung</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>Kreislauf</translation>
    </message>
    <message numerus="yes">
        <source>%n leg(s) undisclosed</source>
        <translation>
            <numerusform>%n Teilstück nicht genannt</numerusform>
            <numerusform>%n Teilstücke nicht genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>firm</source>
        <translation>fest</translation>
    </message>
    <message>
        <source>includes up-to or estimated amounts</source>
        <translation>enthält Bis-zu- oder geschätzte Beträge</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
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
        <translation>die PNG-Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Made with CapFlow</source>
        <translation>Erstellt mit CapFlow</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>die SVG-Datei konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>die PDF-Datei konnte nicht begonnen werden</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>In (firm)</source>
        <translation>Eingang (fest)</translation>
    </message>
    <message>
        <source>In (up to)</source>
        <translation>Eingang (bis zu)</translation>
    </message>
    <message>
        <source>In (estimated)</source>
        <translation>Eingang (geschätzt)</translation>
    </message>
    <message>
        <source>Out (firm)</source>
        <translation>Ausgang (fest)</translation>
    </message>
    <message>
        <source>Out (up to)</source>
        <translation>Ausgang (bis zu)</translation>
    </message>
    <message>
        <source>Out (estimated)</source>
        <translation>Ausgang (geschätzt)</translation>
    </message>
    <message>
        <source>Net (firm)</source>
        <translation>Saldo (fest)</translation>
    </message>
    <message>
        <source>Undisclosed in / out</source>
        <translation>Nicht genannt ein / aus</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>In</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Ausgang</translation>
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
        <translation>--export-data: das Format von „%1“ ist nicht erkennbar; verwenden Sie .capflow oder .csv</translation>
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
        <translation>Mehr Informationen mit „capflow --help“.</translation>
    </message>
    <message>
        <source>This option is not yet available in this version of CapFlow.</source>
        <translation>Diese Option ist in dieser Version von CapFlow noch nicht verfügbar.</translation>
    </message>
</context>
<context>
    <name>ImportanceModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Vermittlungszentralität</translation>
    </message>
    <message>
        <source>Weighted in (firm)</source>
        <translation>Gewichteter Eingang (fest)</translation>
    </message>
    <message>
        <source>Weighted out (firm)</source>
        <translation>Gewichteter Ausgang (fest)</translation>
    </message>
    <message>
        <source>Deals in / out</source>
        <translation>Deals ein / aus</translation>
    </message>
    <message>
        <source>Largest source</source>
        <translation>Größte Quelle</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Konzentration</translation>
    </message>
    <message>
        <source>Shortest money paths between other companies that run through this one (normalised: %1)</source>
        <translation>Kürzeste Geldwege zwischen anderen Unternehmen, die über dieses führen (normiert: %1)</translation>
    </message>
    <message>
        <source>Share of the firm inflow that comes from the largest single source</source>
        <translation>Anteil des festen Geldeingangs, der von der größten einzelnen Quelle stammt</translation>
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
        <translation>gemeldet</translation>
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
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a CapFlow document or a CSV file of deals</source>
        <translation>Ein CapFlow-Dokument oder eine CSV-Datei mit Deals öffnen</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the document under a new name</source>
        <translation>Das Dokument unter einem neuen Namen speichern</translation>
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
        <translation>Ü&amp;ber CapFlow</translation>
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
        <translation>Deals durchsuchen (Unternehmen, Art, Notiz)…</translation>
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
        <translation>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Zeigt, wie Kapital durch die KI-Branche fließt: wer in wen investiert, wer wessen Rechenleistung und Chips kauft und ob das Geld wieder zurückkommt.&lt;/p&gt;&lt;p&gt;Der mitgelieferte Datensatz ist aus veröffentlichten Nachrichten zusammengestellt; jeder Deal nennt seine Quellen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Überblick</translation>
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
        <translation>unbekannte Datumsgenauigkeit „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum „%1“ (erwartet: JJJJ-MM-TT)</translation>
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
        <translation>unbekannte Deal-Art „%1“ (erwartet: eine von %2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>Betrag „%1“ darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected billions of USD such as 2.5)</source>
        <translation>fehlerhafter Betrag „%1“ (erwartet: Milliarden USD wie 2.5)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart „%1“ (erwartet: eine von %2)</translation>
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
        <translation>kann nicht gelesen werden: %1</translation>
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
        <translation>Beträge überschneiden sich teilweise (Gesamtzusagen, Finanzierungsrunden und ihre Teile); sie werden nach Gewissheit getrennt gezeigt und sind nicht zum Addieren gedacht.</translation>
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
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>VendorFinancingModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investoren</translation>
    </message>
    <message>
        <source>Received from investors</source>
        <translation>Von Investoren erhalten</translation>
    </message>
    <message>
        <source>Committed back as purchases</source>
        <translation>Als Käufe zurück zugesagt</translation>
    </message>
    <message>
        <source>Ratio (firm)</source>
        <translation>Quote (fest)</translation>
    </message>
    <message>
        <source>Ratio (all disclosed)</source>
        <translation>Quote (alle genannten)</translation>
    </message>
    <message>
        <source>Investments: %1
Purchases back: %2</source>
        <translation>Investitionen: %1
Käufe zurück: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Who loses</source>
        <translation>Wer verliert</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Payer → recipient</source>
        <translation>Zahler → Empfänger</translation>
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
        <source>directly</source>
        <translation>direkt</translation>
    </message>
    <message>
        <source>one step further</source>
        <translation>einen Schritt weiter</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
</TS>
