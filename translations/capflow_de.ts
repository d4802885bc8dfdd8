<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name></name>
    <message>
        <source>a deal cannot be related to itself (%1 %2)</source>
        <translation>ein Deal kann nicht mit sich selbst verknüpft sein (%1 %2)</translation>
    </message>
    <message>
        <source>unknown deal &quot;%1&quot; (%2)</source>
        <translation>unbekannter Deal „%1“ (%2)</translation>
    </message>
    <message>
        <source>deal %1 is named twice (%2)</source>
        <translation>Deal %1 ist doppelt genannt (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3 makes a circle: %3 already leads back to %1</source>
        <translation>%1 %2 %3 ergibt einen Kreis: %3 führt schon zurück zu %1</translation>
    </message>
    <message>
        <source>a part cannot be larger than its whole: %1 is larger than %2</source>
        <translation>ein Teil kann nicht größer sein als das Ganze: %1 ist größer als %2</translation>
    </message>
</context>
<context>
    <name>AliasesDialog</name>
    <message>
        <source>Company Aliases</source>
        <translation>Alternative Unternehmensnamen</translation>
    </message>
    <message>
        <source>Names that files to import use for a company of this document. The import also ignores case, accents and legal forms such as Inc. or GmbH.</source>
        <translation>Namen, unter denen Importdateien ein Unternehmen dieses Dokuments führen. Der Import übergeht außerdem Groß- und Kleinschreibung, Akzente und Rechtsformen wie Inc. oder GmbH.</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>Name in Dateien</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Built in: %1.</source>
        <translation>Eingebaut: %1.</translation>
    </message>
    <message>
        <source>%1 (not in the document)</source>
        <translation>%1 (nicht im Dokument)</translation>
    </message>
    <message>
        <source>Row %1: “%2” has no letters or digits to match by.</source>
        <translation>Zeile %1: „%2“ hat keine Buchstaben oder Ziffern zum Vergleichen.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is the same name as “%3” above.</source>
        <translation>Zeile %1: „%2“ ist derselbe Name wie „%3“ weiter oben.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>million USD</source>
        <translation>Mio. USD</translation>
    </message>
    <message>
        <source>billion USD</source>
        <translation>Mrd. USD</translation>
    </message>
    <message>
        <source>trillion USD</source>
        <translation>Bio. USD</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Nicht genannt</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
    <message>
        <source>= %1 (%2)</source>
        <translation>= %1 (%2)</translation>
    </message>
</context>
<context>
    <name>AmountParser</name>
    <message>
        <source>Enter an amount, or choose “undisclosed”.</source>
        <translation>Geben Sie einen Betrag ein oder wählen Sie „nicht genannt“.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Der Betrag darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>Only digits and the separators “%1” (decimals) and “%2” (thousands) are allowed; choose the unit from the list.</source>
        <translation>Erlaubt sind nur Ziffern und die Trennzeichen „%1“ (Dezimalstellen) und „%2“ (Tausender); die Einheit wählen Sie aus der Liste.</translation>
    </message>
    <message>
        <source>“%1” appears more than once; it marks the decimals.</source>
        <translation>„%1“ kommt mehrmals vor; es trennt die Dezimalstellen ab.</translation>
    </message>
    <message>
        <source>“%1” separates thousands and cannot follow the decimal mark “%2”.</source>
        <translation>„%1“ trennt Tausender und darf nicht nach dem Dezimalzeichen „%2“ stehen.</translation>
    </message>
    <message>
        <source>Read “%1” as a thousands separator.</source>
        <translation>„%1“ als Tausendertrennzeichen gelesen.</translation>
    </message>
    <message>
        <source>Read “%1” as a decimal mark; write “%2” for decimals in this language.</source>
        <translation>„%1“ als Dezimalzeichen gelesen; in dieser Sprache schreibt man Dezimalstellen mit „%2“.</translation>
    </message>
    <message>
        <source>“%1” separates thousands in groups of three digits; use “%2” for decimals.</source>
        <translation>„%1“ trennt Tausender in Dreiergruppen; für Dezimalstellen verwenden Sie „%2“.</translation>
    </message>
    <message>
        <source>A digit is missing before or after the separator.</source>
        <translation>Vor oder nach dem Trennzeichen fehlt eine Ziffer.</translation>
    </message>
    <message>
        <source>The amount is too large or finer than one dollar.</source>
        <translation>Der Betrag ist zu groß oder genauer als ein Dollar.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero; choose “undisclosed” when it is not known.</source>
        <translation>Der Betrag muss größer als null sein; wählen Sie „nicht genannt“, wenn er nicht bekannt ist.</translation>
    </message>
    <message>
        <source>The amount is larger than CapFlow accepts (at most %1).</source>
        <translation>Der Betrag ist größer, als CapFlow annimmt (höchstens %1).</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
</context>
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
    <message numerus="yes">
        <source>%n circular flow(s) in time order</source>
        <translation>
            <numerusform>%n Kreislauf in zeitlicher Folge</numerusform>
            <numerusform>%n Kreisläufe in zeitlicher Folge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n of up to %1 deals; the others are listed after them)</source>
        <translation>
            <numerusform>(von %n aus bis zu %1 Deals; die übrigen stehen danach)</numerusform>
            <numerusform>(von %n aus bis zu %1 Deals; die übrigen stehen danach)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count only cycles &amp;in time order, within</source>
        <translation>Nur Kreisläufe in &amp;zeitlicher Folge zählen, innerhalb von</translation>
    </message>
    <message>
        <source>A circular flow counts when each deal is on or after the one before it and the last comes within this many months of the first: the money really came back after it went out. The others are listed after them, marked.</source>
        <translation>Ein Kreislauf zählt, wenn jeder Deal am oder nach dem vorigen liegt und der letzte innerhalb so vieler Monate nach dem ersten: das Geld kam wirklich zurück, nachdem es hinausging. Die übrigen stehen danach, gekennzeichnet.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> Monaten</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Wird analysiert …</translation>
    </message>
    <message>
        <source>betweenness estimated from the shortest paths of %1 of %2 companies</source>
        <translation>Vermittlungszentralität geschätzt aus den kürzesten Wegen von %1 der %2 Unternehmen</translation>
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
    <name>ArticleDialog</name>
    <message>
        <source>Deals from Article</source>
        <translation>Deals aus Artikel</translation>
    </message>
    <message>
        <source>Article &amp;address:</source>
        <translation>&amp;Adresse des Artikels:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Article &amp;date:</source>
        <translation>&amp;Datum des Artikels:</translation>
    </message>
    <message>
        <source>https://… (the page every accepted deal cites)</source>
        <translation>https://… (die Seite, die jeder übernommene Deal als Quelle nennt)</translation>
    </message>
    <message>
        <source>The article&apos;s headline</source>
        <translation>Die Schlagzeile des Artikels</translation>
    </message>
    <message>
        <source>The day the article appeared: dates such as &quot;in March&quot; are read relative to it, and deals whose date the text does not give take it.</source>
        <translation>Der Tag, an dem der Artikel erschien: Angaben wie „im März“ werden darauf bezogen, und Deals, deren Datum der Text nicht nennt, erhalten es.</translation>
    </message>
    <message>
        <source>Language: detect</source>
        <translation>Sprache: erkennen</translation>
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
        <source>Paste the article&apos;s text here (German or English), or drop a saved web page or text file on the main window.</source>
        <translation>Den Text des Artikels hier einfügen (Deutsch oder Englisch) oder eine gespeicherte Webseite bzw. Textdatei auf das Hauptfenster ziehen.</translation>
    </message>
    <message>
        <source>&amp;Propose Deals</source>
        <translation>Deals &amp;vorschlagen</translation>
    </message>
    <message>
        <source>Read the text and propose the deals and valuations it states (Ctrl+Return)</source>
        <translation>Den Text lesen und die Deals und Bewertungen vorschlagen, die er nennt (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>&amp;Alle übernehmen</translation>
    </message>
    <message>
        <source>Reject A&amp;ll</source>
        <translation>Alle a&amp;blehnen</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 enthält keinen Text.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>publisher · tier</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article address: enter the page the deals are cited from.</source>
        <translation>Adresse des Artikels: die Seite angeben, die die Deals belegt.</translation>
    </message>
    <message>
        <source>Article address: %1</source>
        <translation>Adresse des Artikels: %1</translation>
    </message>
    <message>
        <source>Article date: %1</source>
        <translation>Artikeldatum: %1</translation>
    </message>
    <message>
        <source>Press Propose Deals.</source>
        <translation>„Deals vorschlagen“ drücken.</translation>
    </message>
    <message>
        <source>Proposed: %1 and %2.</source>
        <comment>deals, valuations</comment>
        <translation>Vorgeschlagen: %1 und %2.</translation>
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
        <source>The text has changed: propose again.</source>
        <translation>Der Text wurde geändert: erneut vorschlagen.</translation>
    </message>
    <message>
        <source>No row is accepted.</source>
        <translation>Keine Zeile ist übernommen.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Accepted</source>
        <translation>
            <numerusform>%n Übernommenen &amp;hinzufügen</numerusform>
            <numerusform>%n Übernommene &amp;hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n entry(s) from article %1</source>
        <translation>
            <numerusform>%n Eintrag aus Artikel %1 hinzufügen</numerusform>
            <numerusform>%n Einträge aus Artikel %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message>
        <source>The accepted rows could not be added: an id is taken or a company unknown.</source>
        <translation>Die übernommenen Zeilen konnten nicht hinzugefügt werden: eine ID ist vergeben oder ein Unternehmen unbekannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not used (listed under the table).</source>
        <translation>
            <numerusform>%n Betrag nicht verwendet (unter der Tabelle aufgeführt).</numerusform>
            <numerusform>%n Beträge nicht verwendet (unter der Tabelle aufgeführt).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total: the sum of rows %2, not a deal of its own</source>
        <comment>amount, row numbers</comment>
        <translation>%1 insgesamt: die Summe der Zeilen %2, kein eigener Deal</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>figure — why it did not become a proposal</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in the table:</source>
        <translation>Nicht in der Tabelle:</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>in the headline; the proposals come from the article&apos;s sentences</source>
        <translation>in der Überschrift; die Vorschläge stammen aus den Sätzen des Artikels</translation>
    </message>
    <message>
        <source>no company found</source>
        <translation>kein Unternehmen gefunden</translation>
    </message>
    <message>
        <source>the valuation is not in US dollars</source>
        <translation>die Bewertung ist nicht in US-Dollar angegeben</translation>
    </message>
    <message>
        <source>another figure for the deal stated before it</source>
        <translation>eine weitere Zahl zum zuvor genannten Deal</translation>
    </message>
    <message>
        <source>shared by several companies; the split is not stated</source>
        <translation>mehreren Unternehmen gemeinsam; die Aufteilung wird nicht genannt</translation>
    </message>
    <message>
        <source>the same total as in another sentence</source>
        <translation>dieselbe Gesamtsumme wie in einem anderen Satz</translation>
    </message>
    <message>
        <source>no deal kind recognised</source>
        <translation>keine Deal-Art erkannt</translation>
    </message>
    <message>
        <source>no counterparty found</source>
        <translation>keine Gegenpartei gefunden</translation>
    </message>
    <message>
        <source>The article states %1; not converted to US dollars.</source>
        <translation>Der Artikel nennt %1; nicht in US-Dollar umgerechnet.</translation>
    </message>
    <message>
        <source>The article names no provider.</source>
        <translation>Der Artikel nennt keinen Anbieter.</translation>
    </message>
    <message>
        <source>repeats a deal stated before</source>
        <translation>wiederholt einen bereits genannten Deal</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot create the lock file in %1</source>
        <translation>in %1 kann keine Sperrdatei angelegt werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
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
    <message>
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</source>
        <translation>Betrag &quot;%1&quot; ist größer, als CapFlow annimmt (höchstens %2 USD)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; only one value is allowed</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor; erlaubt ist nur ein Wert</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly (%1 USD)</source>
        <translation>die Beträge der Deals bis hier ergeben zusammen mehr, als CapFlow exakt addieren kann (%1 USD)</translation>
    </message>
    <message>
        <source>expected the id of a deal, as a string</source>
        <translation>erwartet wird die ID eines Deals, als Zeichenkette</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>Zahl zu groß</translation>
    </message>
    <message>
        <source>value not allowed here</source>
        <translation>Wert hier nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>ChangesReport</name>
    <message>
        <source>%1 → %2</source>
        <comment>then → now</comment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Totals by deal kind, then and now.</source>
        <translation>Summen nach Art des Deals, damals und heute.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s) on %2, %3 on %4: %n new deal(s).</source>
        <translation>
            <numerusform>%1 Deals am %2, %3 am %4: %n neuer Deal.</numerusform>
            <numerusform>%1 Deals am %2, %3 am %4: %n neue Deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New companies (%n): %1.</source>
        <translation>
            <numerusform>Neues Unternehmen (%n): %1.</numerusform>
            <numerusform>Neue Unternehmen (%n): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new valuation point(s).</source>
        <translation>
            <numerusform>%n neue Bewertung.</numerusform>
            <numerusform>%n neue Bewertungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts count each dollar once: superseded and contained deals are left out; firm and up-to amounts are never added together.</source>
        <translation>Beträge zählen jeden Dollar einmal: ersetzte und enthaltene Deals bleiben außen vor; feste und Bis-zu-Beträge werden nie addiert.</translation>
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
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>Neue Deals</translation>
    </message>
    <message>
        <source>The first %1 of %2 new deals, by date.</source>
        <translation>Die ersten %1 von %2 neuen Deals, nach Datum.</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Valuation changes</source>
        <translation>Veränderte Bewertungen</translation>
    </message>
    <message>
        <source>The latest valuation known on each date, for companies valued on both.</source>
        <translation>Die jeweils letzte bekannte Bewertung an beiden Tagen, für Unternehmen, die an beiden bewertet waren.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Damals</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>value (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What changed between %1 and %2</source>
        <translation>Was sich zwischen %1 und %2 geändert hat</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>a valuation&apos;s factor of change</comment>
        <translation>×%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weiteres</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircularFlowReport</name>
    <message>
        <source>Circular flows: does the money come back?</source>
        <translation>Kreisflüsse: Kommt das Geld zurück?</translation>
    </message>
    <message numerus="yes">
        <source>Cycles of deals in which money leaves a company and comes back to it, up to %n deal(s) long, ranked by the amount that can make the round trip (the smallest amount on the cycle). &quot;At most&quot; marks cycles with undisclosed legs. %1 of %2 cycles are shown.</source>
        <translation>
            <numerusform>Ketten von Deals, in denen Geld ein Unternehmen verlässt und zu ihm zurückkehrt, mit höchstens %n Deal, geordnet nach dem Betrag, der den Kreis durchlaufen kann (dem kleinsten Betrag im Kreis). „Höchstens“ kennzeichnet Kreise mit nicht genannten Beträgen. %1 von %2 Kreisen sind aufgeführt.</numerusform>
            <numerusform>Ketten von Deals, in denen Geld ein Unternehmen verlässt und zu ihm zurückkehrt, mit höchstens %n Deals, geordnet nach dem Betrag, der den Kreis durchlaufen kann (dem kleinsten Betrag im Kreis). „Höchstens“ kennzeichnet Kreise mit nicht genannten Beträgen. %1 von %2 Kreisen sind aufgeführt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Kreis</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Rückfluss</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Lieferantenfinanzierung</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CapFlow shows how capital flows through the AI industry.</source>
        <translation>CapFlow zeigt, wie Kapital durch die KI-Branche fließt.</translation>
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
    <message>
        <source>FILE is empty; give a file name, or none for the bundled dataset.</source>
        <translation>FILE ist leer; geben Sie einen Dateinamen an oder keinen für den mitgelieferten Datensatz.</translation>
    </message>
    <message>
        <source>The output file name is empty.</source>
        <translation>Der Name der Ausgabedatei ist leer.</translation>
    </message>
    <message>
        <source>A %1 file; without it the bundled dataset.</source>
        <translation>Eine Datei (%1); ohne Angabe der mitgelieferte Datensatz.</translation>
    </message>
    <message>
        <source>Export the network view (%1).</source>
        <translation>Netzwerkansicht exportieren (%1).</translation>
    </message>
    <message>
        <source>Export the valuation timeline (%1).</source>
        <translation>Bewertungszeitleiste exportieren (%1).</translation>
    </message>
    <message>
        <source>Export the data (%1).</source>
        <translation>Daten exportieren (%1).</translation>
    </message>
    <message>
        <source>Read FILE (a table: CSV, TSV, .xlsx) through this column mapping: capflow, crunchbase or a mapping saved by the Import dialog.</source>
        <translation>FILE (eine Tabelle: CSV, TSV, .xlsx) mit dieser Spaltenzuordnung lesen: capflow, crunchbase oder eine im Import-Dialog gespeicherte Zuordnung.</translation>
    </message>
    <message>
        <source>--import-mapping: give capflow, crunchbase or a mapping file.</source>
        <translation>--import-mapping: capflow, crunchbase oder eine Zuordnungsdatei angeben.</translation>
    </message>
    <message>
        <source>--import-mapping needs a FILE to read.</source>
        <translation>--import-mapping braucht eine Datei FILE zum Lesen.</translation>
    </message>
    <message>
        <source>The format of - (standard input as FILE, standard output as OUT): %1.</source>
        <translation>Das Format von - (Standardeingabe als FILE, Standardausgabe als OUT): %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: &quot;%1&quot; ist keines von %2.</translation>
    </message>
    <message>
        <source>FILE - (standard input) is for --check, --export-… and --analyze.</source>
        <translation>FILE - (Standardeingabe) gibt es nur mit --check, --export-… und --analyze.</translation>
    </message>
    <message>
        <source>- (standard input or output) needs --format to say what it is.</source>
        <translation>- (Standardeingabe oder -ausgabe) braucht --format, das sagt, was es ist.</translation>
    </message>
    <message>
        <source>--export-data -: a workbook is not text; give a file name for .xlsx.</source>
        <translation>--export-data -: eine Arbeitsmappe ist kein Text; geben Sie für .xlsx einen Dateinamen an.</translation>
    </message>
    <message>
        <source>Print the deals and valuations a news article (a text file, German or English) states, as JSON; companies are matched against FILE&apos;s.</source>
        <translation>Die Deals und Bewertungen, die ein Nachrichtenartikel (eine Textdatei, deutsch oder englisch) nennt, als JSON ausgeben; Unternehmen werden mit denen von FILE abgeglichen.</translation>
    </message>
    <message>
        <source>--extract-deals: the article&apos;s date, for dates such as &quot;in March&quot;.</source>
        <translation>--extract-deals: das Datum des Artikels, für Angaben wie &quot;im März&quot;.</translation>
    </message>
    <message>
        <source>--extract-deals: the article&apos;s file name is empty.</source>
        <translation>--extract-deals: Der Dateiname des Artikels ist leer.</translation>
    </message>
    <message>
        <source>--date applies to --extract-deals only.</source>
        <translation>--date gilt nur für --extract-deals.</translation>
    </message>
    <message>
        <source>Print every path of deals by which money can flow from company FROM to company TO, ranked by the amount that can pass, as JSON (give FROM and TO after FILE).</source>
        <translation>Jeden Weg von Deals, auf dem Geld vom Unternehmen FROM zum Unternehmen TO fließen kann, nach dem Betrag geordnet, der durchkommen kann, als JSON ausgeben (FROM und TO nach FILE angeben).</translation>
    </message>
    <message>
        <source>--paths: most deals per path, 1 to 8 (default 4).</source>
        <translation>--paths: höchstens so viele Deals je Weg, 1 bis 8 (Standard 4).</translation>
    </message>
    <message>
        <source>--paths needs two companies: capflow [FILE] --paths FROM TO.</source>
        <translation>--paths braucht zwei Unternehmen: capflow [FILE] --paths FROM TO.</translation>
    </message>
    <message>
        <source>--paths: a company&apos;s name is empty.</source>
        <translation>--paths: der Name eines Unternehmens ist leer.</translation>
    </message>
    <message>
        <source>--max-path-length: &quot;%1&quot; is not a length between 1 and 8.</source>
        <translation>--max-path-length: „%1“ ist keine Länge zwischen 1 und 8.</translation>
    </message>
    <message>
        <source>--kinds: &quot;%1&quot; is not one of %2.</source>
        <translation>--kinds: „%1“ ist keins von %2.</translation>
    </message>
    <message>
        <source>Print what changed between two dates as JSON: new deals, companies and valuations, valuation changes and totals by kind then and now (give FROM_DATE and TO_DATE, YYYY-MM-DD, after FILE); with --export-report, add a page on it to the report.</source>
        <translation>Gibt als JSON aus, was sich zwischen zwei Daten geändert hat: neue Deals, Unternehmen und Bewertungen, veränderte Bewertungen und Summen nach Art damals und heute (FROM_DATE und TO_DATE, JJJJ-MM-TT, nach FILE angeben); mit --export-report erhält der Bericht eine Seite dazu.</translation>
    </message>
    <message>
        <source>--compare needs two dates: capflow [FILE] --compare FROM_DATE TO_DATE.</source>
        <translation>--compare braucht zwei Daten: capflow [FILE] --compare FROM_DATE TO_DATE.</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--compare: „%1“ ist kein Datum der Form JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--compare: FROM_DATE (%1) must not be later than TO_DATE (%2).</source>
        <translation>--compare: FROM_DATE (%1) darf nicht nach TO_DATE (%2) liegen.</translation>
    </message>
    <message>
        <source>--max-path-length applies to --paths only.</source>
        <translation>--max-path-length gilt nur für --paths.</translation>
    </message>
    <message>
        <source>--kinds applies to --paths and --compare only.</source>
        <translation>--kinds gilt nur für --paths und --compare.</translation>
    </message>
    <message>
        <source>--compare takes its own two dates; --from and --to do not apply.</source>
        <translation>--compare nimmt seine eigenen zwei Daten; --from und --to gelten hier nicht.</translation>
    </message>
    <message>
        <source>Export the flow diagram: money by layer of company kind (%1).</source>
        <translation>Das Flussdiagramm exportieren: Geld nach Ebenen der Unternehmensarten (%1).</translation>
    </message>
    <message>
        <source>--paths, --compare, --export-flows: only deals of these kinds (comma-separated: %1).</source>
        <translation>--paths, --compare, --export-flows: nur Deals dieser Arten (durch Kommas getrennt: %1).</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-network, --export-timeline, --export-flows, --export-report, --export-data, --analyze, --extract-deals, --paths and --compare.</source>
        <translation>Wählen Sie eine der Optionen --check, --export-network, --export-timeline, --export-flows, --export-report, --export-data, --analyze, --extract-deals, --paths und --compare.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>e.g. US</source>
        <translation>z. B. US</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Land (ISO-Code):</translation>
    </message>
    <message>
        <source>Edit Company</source>
        <translation>Unternehmen bearbeiten</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>Neues Unternehmen</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <source>Enter a company.</source>
        <translation>Geben Sie ein Unternehmen ein.</translation>
    </message>
    <message>
        <source>Create as a new company of kind</source>
        <translation>Als neues Unternehmen anlegen, Art:</translation>
    </message>
    <message>
        <source>“%1” is not a known company: pick one from the list, or tick the box below to create it.</source>
        <translation>„%1“ ist kein bekanntes Unternehmen: Wählen Sie eines aus der Liste oder kreuzen Sie unten an, es neu anzulegen.</translation>
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
    <name>CompanyTableModel</name>
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
    <message>
        <source>Unknown company kind.</source>
        <translation>Unbekannte Unternehmensart.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Two Dates</source>
        <translation>Zwei Daten vergleichen</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Show in &amp;network</source>
        <translation>Im &amp;Netzwerk zeigen</translation>
    </message>
    <message>
        <source>The network as of the second date: new deals lit, earlier deals dimmed</source>
        <translation>Das Netzwerk am zweiten Datum: neue Deals hervorgehoben, frühere abgeblendet</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Summen nach Art</translation>
    </message>
    <message>
        <source>New deals (%1)</source>
        <translation>Neue Deals (%1)</translation>
    </message>
    <message>
        <source>Valuation changes (%1)</source>
        <translation>Veränderte Bewertungen (%1)</translation>
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
    <message>
        <source>a NUL byte: this is not a text file (or not UTF-8; save it as CSV UTF-8)</source>
        <translation>ein NUL-Byte: das ist keine Textdatei (oder nicht UTF-8; speichern Sie sie als CSV UTF-8)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text; save the file as CSV UTF-8</source>
        <translation>Bytes, die kein UTF-8-Text sind; speichern Sie die Datei als CSV UTF-8</translation>
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
        <source>Time order</source>
        <translation>Zeitliche Folge</translation>
    </message>
    <message numerus="yes">
        <source>not in time order (%n month(s))</source>
        <translation>
            <numerusform>nicht in zeitlicher Folge (%n Monat)</numerusform>
            <numerusform>nicht in zeitlicher Folge (%n Monate)</numerusform>
        </translation>
    </message>
    <message>
        <source>in time order, purchase before investment</source>
        <translation>in zeitlicher Folge, Kauf vor Investition</translation>
    </message>
    <message>
        <source>in time order</source>
        <translation>in zeitlicher Folge</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year must have four digits.</source>
        <translation>„%1“: Das Jahr braucht vier Ziffern.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>„%1“: Einen Monat %2 gibt es nicht.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no day %3.</source>
        <translation>„%1“: Der %2 hat keinen %3. Tag.</translation>
    </message>
    <message>
        <source>%1, %2, %3 or %4</source>
        <comment>examples of dates: day, month, quarter, year</comment>
        <translation>%1, %2, %3 oder %4</translation>
    </message>
</context>
<context>
    <name>DealCsvReader</name>
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
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 billion USD)</source>
        <translation>Betrag &quot;%1&quot; ist größer, als CapFlow annimmt (höchstens %2 Milliarden USD)</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly</source>
        <translation>die Beträge der Deals bis hier ergeben zusammen mehr, als CapFlow exakt addieren kann</translation>
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
        <source>a NUL byte: this is not a text file</source>
        <translation>ein NUL-Byte: das ist keine Textdatei</translation>
    </message>
    <message>
        <source>this is not a CSV of CapFlow&apos;s deals: its header has none of the columns %1; to read another program&apos;s table, use File &gt; Import… (or capflow --import-mapping)</source>
        <translation>das ist keine CSV-Datei mit CapFlow-Deals: ihre Kopfzeile hat keine der Spalten %1; die Tabelle eines anderen Programms lesen Sie mit Datei &gt; Importieren … (oder capflow --import-mapping)</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>Deal bearbeiten</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>Neuer Deal</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;From (pays, invests or sells):</source>
        <translation>&amp;Von (zahlt, investiert oder verkauft):</translation>
    </message>
    <message>
        <source>&amp;To (receives):</source>
        <translation>&amp;An (empfängt):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <source>Amount &amp;is:</source>
        <translation>Betrag &amp;ist:</translation>
    </message>
    <message>
        <source>&amp;Capacity (GW):</source>
        <translation>&amp;Kapazität (GW):</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>write the gigawatts as a plain number such as %1, or leave it empty.</source>
        <translation>schreiben Sie die Gigawatt als einfache Zahl wie %1 oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The deal goes from a company to itself.</source>
        <translation>Der Deal geht von einem Unternehmen an sich selbst.</translation>
    </message>
    <message>
        <source>The date is more than a year in the future.</source>
        <translation>Das Datum liegt mehr als ein Jahr in der Zukunft.</translation>
    </message>
    <message>
        <source>This is an exact duplicate of an existing deal.</source>
        <translation>Dies ist ein exaktes Duplikat eines vorhandenen Deals.</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Beziehungen:</translation>
    </message>
    <message>
        <source>%1  %2 → %3, %4</source>
        <comment>deal id, from, to, date</comment>
        <translation>%1  %2 → %3, %4</translation>
    </message>
    <message>
        <source>Su&amp;persedes:</source>
        <translation>Erset&amp;zt:</translation>
    </message>
    <message>
        <source>The deals this one replaces (their money is no longer counted where this deal is)</source>
        <translation>Die Deals, die dieser ersetzt (ihr Geld wird nicht mehr gezählt, wo dieser Deal mitzählt)</translation>
    </message>
    <message>
        <source>Pa&amp;rt of:</source>
        <translation>&amp;Teil von:</translation>
    </message>
    <message>
        <source>The deals whose money includes this deal&apos;s</source>
        <translation>Die Deals, deren Geld das dieses Deals enthält</translation>
    </message>
    <message>
        <source>&amp;May overlap:</source>
        <translation>Über&amp;schneidet evtl.:</translation>
    </message>
    <message>
        <source>The deals whose money may include this deal&apos;s; the split is not known</source>
        <translation>Die Deals, deren Geld das dieses Deals möglicherweise enthält; die Aufteilung ist nicht bekannt</translation>
    </message>
    <message>
        <source>deal ids</source>
        <translation>Deal-IDs</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>Überschneidet sich evtl. mit</translation>
    </message>
    <message>
        <source>Saves this deal and starts the next one from the same sources, with the same date</source>
        <translation>Speichert diesen Deal und beginnt den nächsten mit denselben Quellen und demselben Datum</translation>
    </message>
    <message>
        <source>%1 saved: %2 → %3. The next deal keeps the sources and the date.</source>
        <comment>deal id, from, to</comment>
        <translation>%1 gespeichert: %2 → %3. Der nächste Deal behält Quellen und Datum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Save and Add A&amp;nother</source>
        <translation>Speichern und &amp;nächsten erfassen</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source>Only figures backed by a primary source or news outlet</source>
        <translation>Nur Zahlen, die eine Primärquelle oder ein Nachrichtenmedium belegt</translation>
    </message>
    <message>
        <source>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</source>
        <translation>Deals ausblenden, deren Quellen alle Fachpresse oder nicht bewertete Seiten (Aggregatoren, Blogs) sind; die Einstufung folgt den Bewertungen der Herausgeber in diesem Dokument</translation>
    </message>
</context>
<context>
    <name>DealMerge</name>
    <message>
        <source>Another figure for deal %1.</source>
        <translation>Eine andere Angabe zu Deal %1.</translation>
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
    <message>
        <source>Unknown deal kind.</source>
        <translation>Unbekannte Deal-Art.</translation>
    </message>
    <message>
        <source>Amount (in billions of USD): %1</source>
        <translation>Betrag (in Mrd. USD): %1</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>ersetzt durch</translation>
    </message>
    <message>
        <source>includes</source>
        <comment>deal relation: the deals that are part of this one</comment>
        <translation>enthält</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>deal ids</comment>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, %5, %6</source>
        <comment>relation, deal id, from, to, date, amount</comment>
        <translation>%1 %2: %3 → %4, %5, %6</translation>
    </message>
    <message>
        <source>%1 %2 (not in this document)</source>
        <translation>%1 %2 (nicht in diesem Dokument)</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
</context>
<context>
    <name>DocumentFilesMessages</name>
    <message>
        <source>not enough memory to read the file: it is %1 and reading it needs about %2</source>
        <translation>nicht genug Arbeitsspeicher zum Lesen der Datei: sie ist %1 groß, das Lesen braucht etwa %2</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>das Öffnen wurde abgebrochen</translation>
    </message>
    <message>
        <source>CapFlow exports this format but does not open it; open a %1 file</source>
        <translation>CapFlow exportiert dieses Format, öffnet es aber nicht; öffnen Sie eine Datei (%1)</translation>
    </message>
    <message>
        <source>the file could not be produced; nothing was written</source>
        <translation>die Datei konnte nicht erzeugt werden; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>CapFlow cannot tell what this file is; it reads %1 files</source>
        <translation>CapFlow erkennt nicht, was diese Datei ist; es liest %1-Dateien</translation>
    </message>
    <message>
        <source>CapFlow cannot read .%1 files; it reads %2 files</source>
        <translation>CapFlow kann keine .%1-Dateien lesen; es liest %2-Dateien</translation>
    </message>
</context>
<context>
    <name>DocumentLifecycle</name>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>AI capital flows (bundled dataset)</source>
        <translation>KI-Kapitalflüsse (mitgelieferter Datensatz)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>Datei in Benutzung</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is already open for editing in another CapFlow window (%2).&lt;/p&gt;&lt;p&gt;If both edit it, one would silently overwrite the other&apos;s changes. You can open it read-only here and save your changes under another name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 ist bereits in einem anderen CapFlow-Fenster zum Bearbeiten geöffnet (%2).&lt;/p&gt;&lt;p&gt;Wenn beide sie bearbeiten, würde eines stillschweigend die Änderungen des anderen überschreiben. Sie können die Datei hier schreibgeschützt öffnen und Ihre Änderungen unter einem anderen Namen speichern.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>&amp;Schreibgeschützt öffnen</translation>
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
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>%1 is open for editing in another CapFlow window (%2); choose another name.</source>
        <translation>%1 ist in einem anderen CapFlow-Fenster zum Bearbeiten geöffnet (%2); wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The document “%1” has been modified.
Do you want to save your changes?</source>
        <translation>Das Dokument „%1“ wurde geändert.
Möchten Sie die Änderungen speichern?</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>ein ungespeichertes Dokument</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>&lt;p&gt;CapFlow did not close properly last time.&lt;/p&gt;&lt;p&gt;Unsaved changes to %1, last written %2, were kept. Restore them?&lt;/p&gt;</source>
        <translation>&lt;p&gt;CapFlow wurde beim letzten Mal nicht ordnungsgemäß beendet.&lt;/p&gt;&lt;p&gt;Ungespeicherte Änderungen an %1, zuletzt gesichert %2, wurden aufbewahrt. Wiederherstellen?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Recovery copy written again (%1)</source>
        <translation>Wiederherstellungskopie wieder geschrieben (%1)</translation>
    </message>
    <message>
        <source>Recovery copies now go to %1, because %2</source>
        <translation>Wiederherstellungskopien gehen jetzt nach %1, weil %2</translation>
    </message>
    <message numerus="yes">
        <source>Recovery copy could not be written (%1); retrying in %n second(s)</source>
        <translation>
            <numerusform>Wiederherstellungskopie konnte nicht geschrieben werden (%1); neuer Versuch in %n Sekunde</numerusform>
            <numerusform>Wiederherstellungskopie konnte nicht geschrieben werden (%1); neuer Versuch in %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Wiederherstellungskopie nicht geschrieben</translation>
    </message>
    <message>
        <source>&lt;p&gt;CapFlow could not write the recovery copy of your unsaved changes, so a crash now would lose them.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;CapFlow keeps trying. Save the document, or free space in the folder, to be safe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CapFlow konnte die Wiederherstellungskopie Ihrer ungespeicherten Änderungen nicht schreiben; ein Absturz jetzt würde sie verlieren.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;CapFlow versucht es weiter. Speichern Sie das Dokument oder schaffen Sie Platz im Ordner, um sicherzugehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 was changed by another program since CapFlow opened or saved it.&lt;/p&gt;&lt;p&gt;Saving here would replace those changes with yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 wurde von einem anderen Programm geändert, seit CapFlow die Datei geöffnet oder gespeichert hat.&lt;/p&gt;&lt;p&gt;Speichern hier würde diese Änderungen durch Ihre ersetzen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter …</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>Ü&amp;berschreiben</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>Neu &amp;laden und meine Änderungen verwerfen</translation>
    </message>
    <message>
        <source>%1 was still marked as open by %2, which has ended; that mark was removed</source>
        <translation>%1 war noch als geöffnet markiert von %2, der beendet ist; die Markierung wurde entfernt</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the current document is unchanged</source>
        <translation>Öffnen von %1 abgebrochen; das aktuelle Dokument ist unverändert</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>%1 wird geöffnet (%2) …</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>use the suffix %1</source>
        <translation>verwenden Sie die Endung %1</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>Prozess %1 auf %2</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>ein anderer Prozess</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation>Neuer &amp;Deal…</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>Einen Deal von Hand erfassen</translation>
    </message>
    <message>
        <source>New &amp;Company…</source>
        <translation>Neues &amp;Unternehmen…</translation>
    </message>
    <message>
        <source>New &amp;Valuation…</source>
        <translation>Neue &amp;Bewertung…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>Auswahl &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Deal</source>
        <translation>Deal d&amp;uplizieren</translation>
    </message>
    <message>
        <source>De&amp;lete Selected</source>
        <translation>Auswahl &amp;löschen</translation>
    </message>
    <message>
        <source>Open &amp;Source in Browser</source>
        <translation>&amp;Quelle im Browser öffnen</translation>
    </message>
    <message>
        <source>Delete Company</source>
        <translation>Unternehmen löschen</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Sie können das mit Bearbeiten ▸ Rückgängig zurücknehmen.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>%1 löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n deal(s) will be deleted with it.</source>
        <translation>
            <numerusform>Sein %n Deal wird mitgelöscht.</numerusform>
            <numerusform>Seine %n Deals werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n valuation(s) will be deleted with it.</source>
        <translation>
            <numerusform>Seine %n Bewertung wird mitgelöscht.</numerusform>
            <numerusform>Seine %n Bewertungen werden mitgelöscht.</numerusform>
        </translation>
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
    <message>
        <source>Duplicate deal %1 → %2</source>
        <translation>Deal %1 → %2 duplizieren</translation>
    </message>
    <message numerus="yes">
        <source>Import %n deal(s) from %1</source>
        <translation>
            <numerusform>%n Deal aus %1 importieren</numerusform>
            <numerusform>%n Deals aus %1 importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit company aliases</source>
        <translation>Alternative Unternehmensnamen bearbeiten</translation>
    </message>
    <message>
        <source>Edit source ratings</source>
        <translation>Quellenbewertung ändern</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Note (&amp;English):</source>
        <translation>Notiz (&amp;Englisch):</translation>
    </message>
    <message>
        <source>Note (&amp;German):</source>
        <translation>Notiz (Deuts&amp;ch):</translation>
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
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Abbildungsgröße</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>One page exactly the size of the figure on screen</source>
        <translation>Eine Seite genau in der Größe der Abbildung auf dem Bildschirm</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Hochformat</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Ausrichtung:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Optional; drawn above the figure</source>
        <translation>Optional; wird über der Abbildung gezeigt</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 dpi</source>
        <translation>%1 × %2 px bei %3 dpi</translation>
    </message>
    <message>
        <source>%1 × %2 px (vector)</source>
        <translation>%1 × %2 px (Vektor)</translation>
    </message>
    <message>
        <source>%1 × %2 mm page</source>
        <translation>Seite %1 × %2 mm</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Type the name of the file to export to.</source>
        <translation>Geben Sie den Namen der Datei ein, in die exportiert werden soll.</translation>
    </message>
    <message>
        <source>The report is written as PDF only, and %1 names a %2 file. Choose a name ending in .pdf, or export the current view.</source>
        <translation>Der Bericht wird nur als PDF geschrieben, %1 ist aber der Name einer %2-Datei. Wählen Sie einen Namen mit der Endung .pdf oder exportieren Sie die aktuelle Ansicht.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type the name of a file in it.</source>
        <translation>%1 ist ein Ordner. Geben Sie den Namen einer Datei darin ein.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Overwrite File?</source>
        <translation>Datei überschreiben?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Do you want to replace it?</source>
        <translation>%1 gibt es in %2 bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
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
    <message>
        <source>unknown image format; use %1</source>
        <translation>unbekanntes Bildformat; %1 verwenden</translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of file suffixes</comment>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>CapFlow documents</source>
        <translation>CapFlow-Dokumente</translation>
    </message>
    <message>
        <source>CSV files of deals</source>
        <translation>CSV-Dateien mit Deals</translation>
    </message>
    <message>
        <source>GraphML files</source>
        <translation>GraphML-Dateien</translation>
    </message>
    <message>
        <source>GEXF files (Gephi)</source>
        <translation>GEXF-Dateien (Gephi)</translation>
    </message>
    <message>
        <source>Graphviz files</source>
        <translation>Graphviz-Dateien</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF-Dokumente</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG-Grafiken</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG-Bilder</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV für Excel</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel-Arbeitsmappen</translation>
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
    <name>FlowsPainter</name>
    <message>
        <source>AI labs</source>
        <translation>KI-Labore</translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation>Cloud-Anbieter</translation>
    </message>
    <message>
        <source>Chip makers</source>
        <translation>Chiphersteller</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investoren</translation>
    </message>
    <message>
        <source>Conglomerates</source>
        <translation>Konzerne</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>Sonstige Unternehmen</translation>
    </message>
    <message numerus="yes">
        <source>+%n undisclosed</source>
        <translation>
            <numerusform>+%n nicht genannt</numerusform>
            <numerusform>+%n nicht genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more</source>
        <comment>companies of a kind not drawn on their own</comment>
        <translation>
            <numerusform>%1: %n weiteres</numerusform>
            <numerusform>%1: %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyers outside the data</source>
        <translation>Käufer außerhalb der Daten</translation>
    </message>
    <message>
        <source>committed or reported</source>
        <translation>zugesagt oder berichtet</translation>
    </message>
    <message>
        <source>up to (a ceiling)</source>
        <translation>bis zu (Obergrenze)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>geschätzt</translation>
    </message>
    <message>
        <source>undisclosed only</source>
        <translation>nur nicht genannte Beträge</translation>
    </message>
    <message>
        <source>arcs below: money flowing back against the layer order</source>
        <translation>Bögen unten: Geld, das gegen die Ebenenfolge zurückfließt</translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation>ein: %1</translation>
    </message>
    <message>
        <source>out: %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <source>within the layer</source>
        <translation>innerhalb der Ebene</translation>
    </message>
    <message>
        <source>back against the layer order</source>
        <translation>zurück gegen die Ebenenfolge</translation>
    </message>
    <message>
        <source>Committed or reported: %1</source>
        <translation>Zugesagt oder berichtet: %1</translation>
    </message>
    <message>
        <source>Up to (ceilings): %1</source>
        <translation>Bis zu (Obergrenzen): %1</translation>
    </message>
    <message>
        <source>Estimated: %1</source>
        <translation>Geschätzt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n nicht genannt</numerusform>
            <numerusform>%n nicht genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n Deal</numerusform>
            <numerusform>%n Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest:</source>
        <translation>Die größten:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Erhalten: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Gezahlt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiteres</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>No money flows between the companies shown.</source>
        <translation>Zwischen den gezeigten Unternehmen fließt kein Geld.</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s) of money</source>
        <translation>
            <numerusform>%n Geldband</numerusform>
            <numerusform>%n Geldbänder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsWidget</name>
    <message>
        <source>Layers:</source>
        <translation>Ebenen:</translation>
    </message>
    <message>
        <source>By company kind</source>
        <translation>Nach Unternehmensart</translation>
    </message>
    <message>
        <source>By company</source>
        <translation>Nach Unternehmen</translation>
    </message>
    <message>
        <source>Draw a layer for each kind of company, or the largest companies on their own</source>
        <translation>Eine Ebene je Unternehmensart zeichnen, oder die größten Unternehmen einzeln</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>How many of the companies with the most money are drawn on their own; the others are grouped by kind</source>
        <translation>Wie viele der Unternehmen mit dem meisten Geld einzeln gezeichnet werden; die übrigen werden nach Art zusammengefasst</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <source>Drag the layers into the order the money should flow from left to right (or Alt+Left and Alt+Right)</source>
        <translation>Die Ebenen in die Reihenfolge ziehen, in der das Geld von links nach rechts fließen soll (oder Alt+Links und Alt+Rechts)</translation>
    </message>
    <message>
        <source>Default Order</source>
        <translation>Standardreihenfolge</translation>
    </message>
    <message>
        <source>Investors, conglomerates, AI labs, cloud providers, chip makers, other companies</source>
        <translation>Investoren, Konzerne, KI-Labore, Cloud-Anbieter, Chiphersteller, sonstige Unternehmen</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Flussdiagramm</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>Type the date as %1; the precision follows</source>
        <translation>Geben Sie das Datum als %1 ein; die Genauigkeit ergibt sich daraus</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>Wie genau das Datum bekannt ist</translation>
    </message>
    <message>
        <source>Enter a date, as %1.</source>
        <translation>Geben Sie ein Datum ein, als %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is less precise than “%2”; type more, or choose “%3”.</source>
        <translation>„%1“ ist ungenauer als „%2“; geben Sie mehr ein oder wählen Sie „%3“.</translation>
    </message>
    <message>
        <source>= %1</source>
        <translation>= %1</translation>
    </message>
</context>
<context>
    <name>GraphFileReader</name>
    <message>
        <source>graphs are nested more than %1 deep</source>
        <translation>Graphen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>nodes are nested more than %1 deep</source>
        <translation>Knoten sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>ein Knoten ohne id</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>doppelte Knoten-id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>malformed valuation &quot;%1&quot; (expected DATE=USD KIND such as 2025-01-15=300000000000 post_money)</source>
        <translation>fehlerhafte Bewertung &quot;%1&quot; (erwartet DATUM=USD ART wie 2025-01-15=300000000000 post_money)</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has no %2</source>
        <translation>Kante &quot;%1&quot; hat kein %2</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has the unknown %2 node &quot;%3&quot;</source>
        <translation>Kante &quot;%1&quot; hat den unbekannten %2-Knoten &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Datumsgenauigkeit &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has no date; CapFlow needs one for each deal (a &quot;date&quot; attribute, or a GEXF start or spell)</source>
        <translation>Kante &quot;%1&quot; hat kein Datum; CapFlow braucht eines für jeden Deal (ein Attribut &quot;date&quot; oder in GEXF ein start oder spell)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; of edge &quot;%2&quot; (expected YYYY-MM-DD)</source>
        <translation>ungültiges Datum &quot;%1&quot; der Kante &quot;%2&quot; (erwartet JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>Datum %1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; of edge &quot;%2&quot; must not be negative</source>
        <translation>Betrag &quot;%1&quot; der Kante &quot;%2&quot; darf nicht negativ sein</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected billions of USD such as 2.5)</source>
        <translation>fehlerhafter Betrag &quot;%1&quot; der Kante &quot;%2&quot; (erwartet Milliarden USD wie 2.5)</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected whole US dollars, digits only)</source>
        <translation>fehlerhafter Betrag &quot;%1&quot; der Kante &quot;%2&quot; (erwartet ganze US-Dollar, nur Ziffern)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</source>
        <translation>Betrag &quot;%1&quot; ist größer, als CapFlow annimmt (höchstens %2 USD)</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly</source>
        <translation>die Beträge der Deals bis hier ergeben zusammen mehr, als CapFlow exakt addieren kann</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>malformed capacity &quot;%1&quot; (expected gigawatts such as 1.5)</source>
        <translation>fehlerhafte Kapazität &quot;%1&quot; (erwartet Gigawatt wie 1.5)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>fehlerhaftes XML: %1</translation>
    </message>
    <message>
        <source>the file has no XML element; expected GraphML or GEXF</source>
        <translation>die Datei hat kein XML-Element; erwartet GraphML oder GEXF</translation>
    </message>
    <message>
        <source>not a GraphML or GEXF file: the root element is &lt;%1&gt;</source>
        <translation>keine GraphML- oder GEXF-Datei: das Wurzelelement ist &lt;%1&gt;</translation>
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
    <message>
        <source>the file is open for editing in CapFlow (%1); close it there or choose another name</source>
        <translation>die Datei ist in CapFlow zum Bearbeiten geöffnet (%1); schließen Sie sie dort oder wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>not enough memory (%1 available); the file is %2</source>
        <translation>nicht genug Arbeitsspeicher (%1 verfügbar); die Datei ist %2 groß</translation>
    </message>
    <message>
        <source>--export-data: cannot tell the format of &quot;%1&quot;; use %2</source>
        <translation>--export-data: Das Format von „%1“ ist nicht erkennbar; verwenden Sie %2</translation>
    </message>
    <message>
        <source>%1: cannot tell the format of &quot;%2&quot;; use %3</source>
        <translation>%1: Das Format von „%2“ ist nicht erkennbar; verwenden Sie %3</translation>
    </message>
    <message>
        <source>--import-mapping: %1 is a graph file, which is read without a mapping</source>
        <translation>--import-mapping: %1 ist eine Graphdatei, die ohne Zuordnung gelesen wird</translation>
    </message>
    <message>
        <source>not a mapping file (invalid JSON: %1)</source>
        <translation>keine Zuordnungsdatei (ungültiges JSON: %1)</translation>
    </message>
    <message>
        <source>the data could not be produced</source>
        <translation>die Daten konnten nicht erzeugt werden</translation>
    </message>
    <message>
        <source>--paths: no company named %1 in %2</source>
        <translation>--paths: kein Unternehmen namens %1 in %2</translation>
    </message>
    <message>
        <source>--paths: FROM and TO are the same company (%1); --analyze lists its circular flows.</source>
        <translation>--paths: FROM und TO sind dasselbe Unternehmen (%1); --analyze listet seine Kreisläufe.</translation>
    </message>
</context>
<context>
    <name>ImportAmount</name>
    <message>
        <source>“%1” is not in US dollars; CapFlow keeps amounts in USD</source>
        <translation>„%1“ ist nicht in US-Dollar; CapFlow führt Beträge in USD</translation>
    </message>
    <message>
        <source>“%1” is negative; amounts are never negative</source>
        <translation>„%1“ ist negativ; Beträge sind nie negativ</translation>
    </message>
    <message>
        <source>“%1” is not a number in the German style (1.234,5)</source>
        <translation>„%1“ ist keine Zahl in deutscher Schreibweise (1.234,5)</translation>
    </message>
    <message>
        <source>“%1” is not a number in the English style (1,234.5)</source>
        <translation>„%1“ ist keine Zahl in englischer Schreibweise (1,234.5)</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <source>“%1” is too large or finer than one dollar</source>
        <translation>„%1“ ist zu groß oder feiner als ein Dollar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Datei wählen …</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Lesen der Datei</translation>
    </message>
    <message>
        <source>1,234.5 (English)</source>
        <translation>1,234.5 (englisch)</translation>
    </message>
    <message>
        <source>1.234,5 (German)</source>
        <translation>1.234,5 (deutsch)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Blatt:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Zahlen:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <source>Remember this mapping</source>
        <translation>Zuordnung merken</translation>
    </message>
    <message>
        <source>Use the same columns the next time a file with this header is imported</source>
        <translation>Beim nächsten Import einer Datei mit dieser Kopfzeile dieselben Spalten verwenden</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Zuordnung speichern …</translation>
    </message>
    <message>
        <source>Save the mapping as a file for capflow --import-mapping</source>
        <translation>Die Zuordnung als Datei für capflow --import-mapping speichern</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US-Dollar</translation>
    </message>
    <message>
        <source>Thousands of USD</source>
        <translation>Tausend USD</translation>
    </message>
    <message>
        <source>Millions of USD</source>
        <translation>Millionen USD</translation>
    </message>
    <message>
        <source>Billions of USD</source>
        <translation>Milliarden USD</translation>
    </message>
    <message>
        <source>A unit written in the cell (“bn”, “Mrd.”, “million”) wins over this one</source>
        <translation>Eine Einheit in der Zelle („bn“, „Mrd.“, „million“) hat Vorrang vor dieser</translation>
    </message>
    <message>
        <source>One payer per row</source>
        <translation>Ein Zahler je Zeile</translation>
    </message>
    <message>
        <source>A list: one syndicate deal with the whole amount</source>
        <translation>Eine Liste: ein Konsortial-Deal mit dem ganzen Betrag</translation>
    </message>
    <message>
        <source>A list: one deal per investor, amounts undisclosed</source>
        <translation>Eine Liste: ein Deal je Investor, Beträge nicht genannt</translation>
    </message>
    <message>
        <source>https://… (for rows without a source)</source>
        <translation>https://… (für Zeilen ohne Quelle)</translation>
    </message>
    <message>
        <source>Title of that source</source>
        <translation>Titel dieser Quelle</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Beträge in:</translation>
    </message>
    <message>
        <source>Payer column holds:</source>
        <translation>Zahler-Spalte enthält:</translation>
    </message>
    <message>
        <source>Source for deals without one:</source>
        <translation>Quelle für Deals ohne Quelle:</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>Im Dokument</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</source>
        <translation>Tabellen und Graphen (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(die Datei)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— nicht importiert —</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Von Ihnen gewählt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check this:&lt;/b&gt; the amounts could be read both ways (“2.500” is 2,500 in German and 2.5 in English); this was chosen from the file&apos;s separator.</source>
        <translation>&lt;b&gt;Bitte prüfen:&lt;/b&gt; Die Beträge lassen sich auf beide Arten lesen („2.500“ ist auf Deutsch 2500, auf Englisch 2,5); gewählt wurde nach dem Trennzeichen der Datei.</translation>
    </message>
    <message>
        <source>Detected from the amounts in the file.</source>
        <translation>Aus den Beträgen der Datei erkannt.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>%1 graph: nodes become companies, edges deals.</source>
        <translation>%1-Graph: Knoten werden Unternehmen, Kanten Deals.</translation>
    </message>
    <message>
        <source>Attributes CapFlow has no field for are kept in the notes: %1.</source>
        <translation>Attribute ohne Feld in CapFlow bleiben in den Notizen erhalten: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s %n valuation(s) are not imported; add them in the Valuations table.</source>
        <translation>
            <numerusform>Die %n Bewertung der Datei wird nicht importiert; tragen Sie sie in der Tabelle Bewertungen ein.</numerusform>
            <numerusform>Die %n Bewertungen der Datei werden nicht importiert; tragen Sie sie in der Tabelle Bewertungen ein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
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
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a file to import: CSV or other delimited text, an Excel workbook (.xlsx), GraphML or GEXF.</source>
        <translation>Wählen Sie eine Datei zum Import: CSV oder anderer Text mit Trennzeichen, eine Excel-Arbeitsmappe (.xlsx), GraphML oder GEXF.</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing will be imported.</source>
        <translation>Das Lesen wurde abgebrochen; nichts wird importiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n Zeile gelesen</numerusform>
            <numerusform>%n Zeilen gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n mit Problemen</numerusform>
            <numerusform>%n mit Problemen</numerusform>
        </translation>
    </message>
    <message>
        <source>the file cannot be imported: %1</source>
        <translation>die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n neuer Deal</numerusform>
            <numerusform>%n neue Deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the document (skipped)</source>
        <translation>
            <numerusform>%n schon im Dokument (übersprungen)</numerusform>
            <numerusform>%n schon im Dokument (übersprungen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s): choose below</source>
        <translation>
            <numerusform>%n Beinahe-Duplikat: unten wählen</numerusform>
            <numerusform>%n Beinahe-Duplikate: unten wählen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>no deals found</source>
        <translation>keine Deals gefunden</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %n row(s) with problems and import the rest</source>
        <translation>
            <numerusform>Die %n Zeile mit Problemen überspringen und den Rest importieren</numerusform>
            <numerusform>Die %n Zeilen mit Problemen überspringen und den Rest importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>The document&apos;s deal</source>
        <translation>Den Deal des Dokuments</translation>
    </message>
    <message>
        <source>The file&apos;s figure instead</source>
        <translation>Stattdessen die Angabe der Datei</translation>
    </message>
    <message>
        <source>Both, as two deals</source>
        <translation>Beide, als zwei Deals</translation>
    </message>
    <message>
        <source>The deals could not be merged into the document.</source>
        <translation>Die Deals konnten nicht in das Dokument übernommen werden.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Import-Zuordnungen (*.json)</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a company of the document and its name in the file</comment>
        <translation>%1 („%2“)</translation>
    </message>
    <message numerus="yes">
        <source>%n new company(s): %1</source>
        <translation>
            <numerusform>%n neues Unternehmen: %1</numerusform>
            <numerusform>%n neue Unternehmen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Company &amp;Aliases…</source>
        <translation>&amp;Alternative Namen …</translation>
    </message>
    <message>
        <source>Other names a company of this document goes by in files to import</source>
        <translation>Andere Namen, unter denen ein Unternehmen dieses Dokuments in Importdateien vorkommt</translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation>Das Lesen von %1 wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Deal id</source>
        <translation>Deal-ID</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Datumsgenauigkeit</translation>
    </message>
    <message>
        <source>From (payer, investor)</source>
        <translation>Von (Zahler, Investor)</translation>
    </message>
    <message>
        <source>To (receiver)</source>
        <translation>An (Empfänger)</translation>
    </message>
    <message>
        <source>Deal kind</source>
        <translation>Deal-Art</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation>Betrag ist</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Notiz (englisch)</translation>
    </message>
    <message>
        <source>Note (German)</source>
        <translation>Notiz (deutsch)</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quellen-URL</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Quellentitel</translation>
    </message>
    <message>
        <source>Crunchbase-style funding rounds</source>
        <translation>Finanzierungsrunden im Crunchbase-Format</translation>
    </message>
    <message>
        <source>CapFlow CSV</source>
        <translation>CapFlow-CSV</translation>
    </message>
    <message>
        <source>not a CapFlow import mapping: &quot;format&quot; must be &quot;capflow-import-mapping&quot;</source>
        <translation>keine CapFlow-Import-Zuordnung: &quot;format&quot; muss &quot;capflow-import-mapping&quot; sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in &quot;columns&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot; in &quot;columns&quot;</translation>
    </message>
    <message>
        <source>the column for &quot;%1&quot; must be a non-empty string</source>
        <translation>die Spalte für &quot;%1&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Einheit &quot;%1&quot; (erwartet eines von: %2)</translation>
    </message>
    <message>
        <source>unknown number style &quot;%1&quot; (expected &quot;1,234.5&quot; or &quot;1.234,5&quot;)</source>
        <translation>unbekannte Zahlenschreibweise &quot;%1&quot; (erwartet &quot;1,234.5&quot; oder &quot;1.234,5&quot;)</translation>
    </message>
    <message>
        <source>unknown investors mode &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Investoren-Angabe &quot;%1&quot; (erwartet eines von: %2)</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Deal-Art &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart &quot;%1&quot; (erlaubt sind: %2)</translation>
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
    <message>
        <source>primary source</source>
        <translation>Primärquelle</translation>
    </message>
    <message>
        <source>news outlet</source>
        <translation>Nachrichtenmedium</translation>
    </message>
    <message>
        <source>trade press</source>
        <translation>Fachpresse</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>Teil von</translation>
    </message>
    <message>
        <source>may overlap</source>
        <translation>überschneidet sich evtl. mit</translation>
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
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>Start a new, empty document</source>
        <translation>Ein neues, leeres Dokument beginnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Das Dokument speichern</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Valuations</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1[*] — CapFlow</source>
        <translation>%1[*] — CapFlow</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deal network</source>
        <translation>Deal-Netzwerk</translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation>Deals importieren</translation>
    </message>
    <message>
        <source>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</source>
        <translation>Tabellen und Graphen (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <source>Add deals from a spreadsheet (CSV, .xlsx) or a graph file (GraphML, GEXF) to this document</source>
        <translation>Deals aus einer Tabelle (CSV, .xlsx) oder einer Graphdatei (GraphML, GEXF) in dieses Dokument übernehmen</translation>
    </message>
    <message>
        <source>Source &amp;Ratings…</source>
        <translation>&amp;Quellenbewertung …</translation>
    </message>
    <message>
        <source>Rate how far the publishers of this document&apos;s sources can be trusted</source>
        <translation>Bewerten, wie weit den Herausgebern der Quellen dieses Dokuments zu trauen ist</translation>
    </message>
    <message>
        <source>Deals from Article</source>
        <translation>Deals aus Artikel</translation>
    </message>
    <message>
        <source>Deals from &amp;Article…</source>
        <translation>Deals aus &amp;Artikel…</translation>
    </message>
    <message>
        <source>Paste a news article and accept the deals and valuations it states</source>
        <translation>Einen Nachrichtenartikel einfügen und die Deals und Bewertungen übernehmen, die er nennt</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>Ana&amp;lyse</translation>
    </message>
    <message>
        <source>Money &amp;Paths…</source>
        <translation>Geld&amp;wege…</translation>
    </message>
    <message>
        <source>Every path of deals by which money flows from one company to another</source>
        <translation>Jeder Weg von Deals, auf dem Geld von einem Unternehmen zu einem anderen fließt</translation>
    </message>
    <message>
        <source>&amp;Compare Dates…</source>
        <translation>Daten &amp;vergleichen…</translation>
    </message>
    <message>
        <source>What changed between two dates: new deals, companies and valuations</source>
        <translation>Was sich zwischen zwei Daten geändert hat: neue Deals, Unternehmen und Bewertungen</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Symbols</source>
        <translation>&amp;Tastatur und Symbole</translation>
    </message>
    <message>
        <source>Valuation timeline</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>&amp;Find Company</source>
        <translation>Unternehmen &amp;suchen</translation>
    </message>
    <message>
        <source>Search for a company in the network (or for deals in the table)</source>
        <translation>Ein Unternehmen im Netzwerk suchen (oder Deals in der Tabelle)</translation>
    </message>
    <message>
        <source>Keyboard and Symbols</source>
        <translation>Tastatur und Symbole</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the network&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous company by name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the nearest company in that direction&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down&lt;/b&gt;, &lt;b&gt;Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;through the selected company&apos;s deals&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;on a deal: to the company it pays (&lt;b&gt;Shift+Enter&lt;/b&gt;: to the payer); on a company: its details&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom in, zoom out, fit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave the network&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Everywhere&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a company (Enter takes the best match: &quot;nvid&quot; finds Nvidia)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new deal, new valuation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deals from an article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;money paths, compare two dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;, &lt;b&gt;Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo, redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Symbols&lt;/h3&gt;&lt;p&gt;A company&apos;s colour is its kind, its size the measure chosen under &quot;Size&quot;. An arrow points the way the money flows, coloured by the deal&apos;s kind: solid for committed or reported amounts, dashed for up-to or estimated ones, dotted when undisclosed, faded when another deal supersedes it. Merged parallel deals draw their firm money as the line and their up-to money as a dashed halo. A divestment&apos;s arrow points to the seller, who is paid by buyers outside the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Im Netzwerk&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Umschalt+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes oder vorheriges Unternehmen nach Namen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;das nächste Unternehmen in dieser Richtung&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Bild ab&lt;/b&gt;, &lt;b&gt;Bild auf&lt;/b&gt;&lt;/td&gt;&lt;td&gt;durch die Deals des gewählten Unternehmens&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;auf einem Deal: zum Unternehmen, das er bezahlt (&lt;b&gt;Umschalt+Eingabe&lt;/b&gt;: zum Zahler); auf einem Unternehmen: seine Einzelheiten&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Esc&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Auswahl aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;vergrößern, verkleinern, einpassen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;das Netzwerk verlassen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Überall&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;ein Unternehmen suchen (Eingabe nimmt den besten Treffer: „nvid“ findet Nvidia)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+D&lt;/b&gt;, &lt;b&gt;Strg+Umschalt+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;neuer Deal, neue Bewertung&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Deals aus einem Artikel&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Umschalt+M&lt;/b&gt;, &lt;b&gt;Strg+Umschalt+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Geldwege, zwei Daten vergleichen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Strg+Z&lt;/b&gt;, &lt;b&gt;Strg+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;rückgängig, wiederherstellen&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Symbole&lt;/h3&gt;&lt;p&gt;Die Farbe eines Unternehmens ist seine Art, seine Größe das unter „Größe“ gewählte Maß. Ein Pfeil zeigt, wohin das Geld fließt, gefärbt nach der Art des Deals: durchgezogen für zugesagte oder gemeldete Beträge, gestrichelt für Bis-zu- oder geschätzte, gepunktet, wenn nicht genannt, blass, wenn ein anderer Deal ihn ersetzt. Zusammengefasste parallele Deals zeichnen ihr festes Geld als Linie und ihr Bis-zu-Geld als gestrichelten Saum. Der Pfeil eines Anteilsverkaufs zeigt zum Verkäufer, den Käufer außerhalb des Netzwerks bezahlen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Geldflüsse</translation>
    </message>
    <message>
        <source>Capital flows</source>
        <translation>Kapitalflüsse</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the flow diagram&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select the band&apos;s deals in the table and the network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear what is lit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt;, &lt;b&gt;Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;in the layer order: move the layer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Bands run from payer to receiver, coloured by the deal&apos;s kind, as wide as their money: solid for committed or reported money, hatched for up-to ceilings, light for estimates. Arcs under the diagram carry money back against the layer order, so a circular flow shows as a loop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Im Flussdiagramm&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Pfeiltasten&lt;/b&gt;&lt;/td&gt;&lt;td&gt;nächstes oder vorheriges Band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Eingabe&lt;/b&gt;&lt;/td&gt;&lt;td&gt;die Deals des Bands in der Tabelle und im Netzwerk auswählen&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;Hervorhebung aufheben&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Links&lt;/b&gt;, &lt;b&gt;Alt+Rechts&lt;/b&gt;&lt;/td&gt;&lt;td&gt;in der Ebenenfolge: die Ebene verschieben&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Bänder führen vom Zahler zum Empfänger, gefärbt nach Deal-Art, so breit wie ihr Geld: voll für zugesagtes oder berichtetes Geld, schraffiert für Obergrenzen (bis zu), hell für Schätzungen. Bögen unter dem Diagramm führen Geld gegen die Ebenenfolge zurück, so dass ein Kreislauf als Schleife erscheint.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoneyPathsDialog</name>
    <message>
        <source>No company is named &quot;%1&quot;.</source>
        <translation>Kein Unternehmen heißt „%1“.</translation>
    </message>
    <message>
        <source>Choose the company the money leaves and the one it reaches.</source>
        <translation>Das Unternehmen wählen, von dem das Geld ausgeht, und das, bei dem es ankommt.</translation>
    </message>
    <message>
        <source>Choose two different companies; the Analysis dock lists circular flows.</source>
        <translation>Zwei verschiedene Unternehmen wählen; die Analyse listet Kreisläufe.</translation>
    </message>
    <message>
        <source>Choose at least one deal kind.</source>
        <translation>Mindestens eine Deal-Art wählen.</translation>
    </message>
    <message numerus="yes">
        <source>No path of up to %n deal(s) leads from %1 to %2 through the network as filtered.</source>
        <translation>
            <numerusform>Kein Weg aus höchstens %n Deal führt im gefilterten Netzwerk von %1 zu %2.</numerusform>
            <numerusform>Kein Weg aus höchstens %n Deals führt im gefilterten Netzwerk von %1 zu %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s), ranked by what can pass (the smallest deal on the way; exact only when every deal is a firm, disclosed amount).</source>
        <translation>
            <numerusform>%n Weg, geordnet nach dem, was durchkommen kann (der kleinste Deal auf dem Weg; genau nur, wenn jeder Deal ein fester, genannter Betrag ist).</numerusform>
            <numerusform>%n Wege, geordnet nach dem, was durchkommen kann (der kleinste Deal auf dem Weg; genau nur, wenn jeder Deal ein fester, genannter Betrag ist).</numerusform>
        </translation>
    </message>
    <message>
        <source>The search stopped at its limit (%1 steps, %2 paths): there may be more paths; fewer deals per path find them all.</source>
        <translation>Die Suche hielt an ihrer Grenze (%1 Schritte, %2 Wege): es kann weitere Wege geben; mit weniger Deals je Weg werden alle gefunden.</translation>
    </message>
    <message>
        <source>Money Paths</source>
        <translation>Geldwege</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zu:</translation>
    </message>
    <message>
        <source>At most &amp;deals per path:</source>
        <translation>Höchstens &amp;Deals je Weg:</translation>
    </message>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Swap the companies</source>
        <translation>Die Unternehmen tauschen</translation>
    </message>
    <message>
        <source>&amp;Find Paths</source>
        <translation>Wege &amp;finden</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal-Arten</translation>
    </message>
    <message>
        <source>Company the money leaves</source>
        <translation>Unternehmen, von dem das Geld ausgeht</translation>
    </message>
    <message>
        <source>Company it reaches</source>
        <translation>Unternehmen, bei dem es ankommt</translation>
    </message>
</context>
<context>
    <name>NetworkDealText</name>
    <message>
        <source>superseded by %1</source>
        <translation>ersetzt durch %1</translation>
    </message>
    <message>
        <source>counted in %1</source>
        <comment>a deal whose money another deal includes</comment>
        <translation>mitgezählt in %1</translation>
    </message>
    <message>
        <source>part of %1 – not added</source>
        <comment>a deal whose money is inside another deal of the list</comment>
        <translation>Teil von %1 – nicht addiert</translation>
    </message>
    <message>
        <source>may overlap %1 – not added</source>
        <comment>a deal whose money may be inside another deal of the list</comment>
        <translation>überschneidet sich evtl. mit %1 – nicht addiert</translation>
    </message>
    <message>
        <source>superseded by</source>
        <comment>followed by deal ids</comment>
        <translation>ersetzt durch</translation>
    </message>
    <message>
        <source>includes</source>
        <comment>a deal whose money includes other deals; followed by deal ids</comment>
        <translation>enthält</translation>
    </message>
    <message>
        <source>may include</source>
        <comment>a deal whose money may include other deals; followed by deal ids</comment>
        <translation>umfasst evtl.</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what a source reports: amount (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>dated %1</source>
        <comment>the date a source gives</comment>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>publisher, tier</comment>
        <translation>%1: %2 {1,?}</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>publisher and tier: what the source reports</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 committed or reported</source>
        <translation>%1 zugesagt oder gemeldet</translation>
    </message>
    <message>
        <source>up to %1 more (ceilings and estimates)</source>
        <translation>bis zu %1 mehr (Obergrenzen und Schätzungen)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Erhalten: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Gezahlt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) shown</source>
        <translation>
            <numerusform>%n Deal gezeigt</numerusform>
            <numerusform>%n Deals gezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>no valuation in the data: drawn at the smallest size</source>
        <translation>keine Bewertung in den Daten: in der kleinsten Größe gezeichnet</translation>
    </message>
    <message>
        <source>Size (%1): %2</source>
        <translation>Größe (%1): %2</translation>
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
    <message numerus="yes">
        <source>%n deal(s) not added: superseded by or part of another deal listed</source>
        <translation>
            <numerusform>%n Deal nicht addiert: durch einen anderen aufgeführten Deal ersetzt oder darin enthalten</numerusform>
            <numerusform>%n Deals nicht addiert: durch einen anderen aufgeführten Deal ersetzt oder darin enthalten</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Beziehungen</translation>
    </message>
    <message>
        <source>%1: %2 is shown</source>
        <comment>sources disagree: the figure shown</comment>
        <translation>%1: angezeigt wird %2</translation>
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
    <message>
        <source>superseded by another deal (not counted)</source>
        <translation>durch einen anderen Deal ersetzt (nicht gezählt)</translation>
    </message>
    <message>
        <source>firm, with up-to money around it</source>
        <translation>fest, mit Bis-zu-Betrag als Saum</translation>
    </message>
    <message>
        <source>%1 (paid to the seller)</source>
        <translation>%1 (an den Verkäufer)</translation>
    </message>
    <message>
        <source>no valuation in the data</source>
        <translation>keine Bewertung in den Daten</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
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
    <message>
        <source>Find Paths from %1…</source>
        <translation>Wege von %1 finden…</translation>
    </message>
    <message>
        <source>Find Paths to %1…</source>
        <translation>Wege zu %1 finden…</translation>
    </message>
    <message>
        <source>Company %1, %2</source>
        <translation>Unternehmen %1, %2</translation>
    </message>
    <message>
        <source>Deal %1 from %2 to %3, %4</source>
        <translation>Deal %1 von %2 an %3, %4</translation>
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
    <message>
        <source>Only figures backed by a primary source or news outlet</source>
        <translation>Nur Zahlen, die eine Primärquelle oder ein Nachrichtenmedium belegt</translation>
    </message>
    <message>
        <source>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</source>
        <translation>Deals ausblenden, deren Quellen alle Fachpresse oder nicht bewertete Seiten (Aggregatoren, Blogs) sind; die Einstufung folgt den Bewertungen der Herausgeber in diesem Dokument</translation>
    </message>
    <message>
        <source>As of…</source>
        <translation>Stand am…</translation>
    </message>
    <message>
        <source>Show the network, the timeline and the analysis as they stood on a date</source>
        <translation>Netzwerk, Zeitachse und Analyse so zeigen, wie sie an einem Tag standen</translation>
    </message>
    <message>
        <source>All Dates</source>
        <translation>Alle Daten</translation>
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
        <source>Largest deals</source>
        <translation>Größte Deals</translation>
    </message>
</context>
<context>
    <name>PathTableModel</name>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 → %2: %3, %4, %5</source>
        <comment>from, to, kind, amount, date</comment>
        <translation>%1 → %2: %3, %4, %5</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last date</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Path of the money</source>
        <translation>Weg des Geldes</translation>
    </message>
    <message>
        <source>Can pass</source>
        <translation>Kann durchkommen</translation>
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
        <source>Deals on the way</source>
        <translation>Deals auf dem Weg</translation>
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
    <message>
        <source>Export &amp;Report…</source>
        <translation>&amp;Bericht exportieren…</translation>
    </message>
    <message>
        <source>Export the report as PDF: title page, figures as on screen, analyses, deal table and sources</source>
        <translation>Den Bericht als PDF exportieren: Titelseite, Abbildungen wie auf dem Bildschirm, Analysen, Deal-Tabelle und Quellen</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>The company is missing.</source>
        <translation>Das Unternehmen fehlt.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>Der Wert fehlt.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>Das Datum fehlt.</translation>
    </message>
    <message>
        <source>Who pays (From) is missing.</source>
        <translation>Wer zahlt (Von), fehlt.</translation>
    </message>
    <message>
        <source>Who receives (To) is missing.</source>
        <translation>Wer empfängt (An), fehlt.</translation>
    </message>
    <message>
        <source>From and To are the same company.</source>
        <translation>Von und An sind dasselbe Unternehmen.</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (neu)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>From / company</source>
        <translation>Von / Unternehmen</translation>
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
        <source>Amount (bn USD)</source>
        <translation>Betrag (Mrd. USD)</translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation>Betrag ist</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <source>Unknown kind of valuation.</source>
        <translation>Unbekannte Art der Bewertung.</translation>
    </message>
    <message>
        <source>Unknown deal kind.</source>
        <translation>Unbekannte Deal-Art.</translation>
    </message>
    <message>
        <source>Amount (in billions of USD): %1</source>
        <translation>Betrag (in Mrd. USD): %1</translation>
    </message>
    <message>
        <source>Unknown kind of amount.</source>
        <translation>Unbekannte Art des Betrags.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Unknown precision.</source>
        <translation>Unbekannte Genauigkeit.</translation>
    </message>
    <message>
        <source>Enter the date first.</source>
        <translation>Zuerst das Datum eingeben.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Part of a total the text states for several deals.</source>
        <translation>Teil einer Summe, die der Text für mehrere Deals nennt.</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Kapazität: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceImporterMessages</name>
    <message>
        <source>cannot read: %1</source>
        <translation>kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>invalid valuation row</source>
        <translation>ungültige Bewertungszeile</translation>
    </message>
    <message>
        <source>invalid relation row</source>
        <translation>ungültige Zeile mit Beziehung</translation>
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
    <message>
        <source>Data through %1</source>
        <translation>Datenstand: %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Companies coloured by kind; disc size: %1. Arrows point the way the money flows, coloured by deal kind; dashed: up-to or estimated amounts, dotted: undisclosed.</source>
        <translation>Unternehmen nach Art gefärbt; Kreisgröße: %1. Pfeile zeigen die Richtung des Geldflusses, gefärbt nach Deal-Art; gestrichelt: Bis-zu- oder geschätzte Beträge, gepunktet: nicht genannt.</translation>
    </message>
    <message>
        <source>Deal network</source>
        <translation>Deal-Netzwerk</translation>
    </message>
    <message>
        <source>Valuation timeline</source>
        <translation>Bewertungsverlauf</translation>
    </message>
    <message>
        <source>Valuations in billions of US dollars; markers below the axis show the companies&apos; deals, coloured by kind.</source>
        <translation>Bewertungen in Milliarden US-Dollar; Marken unter der Achse zeigen die Deals der Unternehmen, gefärbt nach Art.</translation>
    </message>
    <message>
        <source>Capital flows by layer</source>
        <translation>Kapitalflüsse nach Ebenen</translation>
    </message>
    <message>
        <source>Who pays whom, layer by layer: band widths to one scale in US dollars, coloured by deal kind; solid: committed or reported, hatched: up-to ceilings, light: estimates. Arcs under the diagram carry money back against the layer order, the circular flows.</source>
        <translation>Wer wen bezahlt, Ebene für Ebene: Bandbreiten in einem Maßstab in US-Dollar, gefärbt nach Deal-Art; voll: zugesagt oder berichtet, schraffiert: Obergrenzen (bis zu), hell: Schätzungen. Bögen unter dem Diagramm führen Geld gegen die Ebenenfolge zurück: die Kreisläufe.</translation>
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
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>reports %1 (%2)</source>
        <comment>a source&apos;s own figure and date</comment>
        <translation>meldet %1 (%2)</translation>
    </message>
    <message>
        <source>reports %1</source>
        <comment>a source&apos;s own figure</comment>
        <translation>nennt %1</translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <comment>a source&apos;s own date</comment>
        <translation>nennt als Datum %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <comment>a source&apos;s claim: publisher (tier): amount</comment>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1 → %2, %3, %4</source>
        <comment>a deal: from, to, kind, date</comment>
        <translation>%1 → %2, %3, %4</translation>
    </message>
    <message>
        <source>%1 valuation, %2</source>
        <comment>a valuation: company, date</comment>
        <translation>Bewertung %1, %2</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Seite ohne Titel</translation>
    </message>
    <message>
        <source>%1, untitled page</source>
        <comment>a source without a headline</comment>
        <translation>%1, Seite ohne Titel</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>Wo Quellen sich widersprechen</translation>
    </message>
    <message>
        <source>Deals and valuations whose sources report different figures: the figure the data uses, and what each source reports, best-rated sources first. Numbers in brackets refer to the list of sources.</source>
        <translation>Deals und Bewertungen, zu denen die Quellen unterschiedliche Zahlen nennen: die Zahl, mit der die Daten rechnen, und was jede Quelle meldet, am besten bewertete Quellen zuerst. Zahlen in eckigen Klammern verweisen auf das Quellenverzeichnis.</translation>
    </message>
    <message>
        <source>Deal or valuation</source>
        <translation>Deal oder Bewertung</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Gewählt</translation>
    </message>
    <message>
        <source>What the sources report</source>
        <translation>Was die Quellen melden</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
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
    <message>
        <source>deals between %1</source>
        <translation>Deals zwischen %1</translation>
    </message>
    <message>
        <source>deals of at least %1 disclosed</source>
        <translation>Deals mit mindestens %1 genanntem Betrag</translation>
    </message>
    <message>
        <source>only deals backed by a primary source or a news outlet</source>
        <translation>nur Deals mit Primärquelle oder Nachrichtenmedium als Beleg</translation>
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
    <message>
        <source>Valuations</source>
        <translation>Bewertungen</translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s) of the companies shown, by date. Numbers in brackets refer to the list of sources.</source>
        <translation>
            <numerusform>%n Bewertung der gezeigten Unternehmen, nach Datum. Zahlen in eckigen Klammern verweisen auf das Quellenverzeichnis.</numerusform>
            <numerusform>%n Bewertungen der gezeigten Unternehmen, nach Datum. Zahlen in eckigen Klammern verweisen auf das Quellenverzeichnis.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>Left out of the sums: %n deal(s) counted in others or superseded.</source>
        <translation>
            <numerusform>Nicht in den Summen: %n Deal, der in einem anderen mitgezählt oder ersetzt ist.</numerusform>
            <numerusform>Nicht in den Summen: %n Deals, die in anderen mitgezählt oder ersetzt sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from committed and reported amounts and are not added to them. A deal that another deal shown supersedes or contains (an aggregate commitment and its parts, a round and its tranches) is counted once, in that deal; where the data records no such relation amounts may still overlap, so the kinds are not meant to be added up. Undisclosed: deals without a published amount.</source>
        <translation>Summen der genannten Beträge je Art. Bis-zu-Beträge (Obergrenzen) und Schätzungen stehen getrennt von zugesagten und gemeldeten Beträgen und werden ihnen nicht zugerechnet. Ein Deal, den ein anderer gezeigter Deal ersetzt oder umfasst (eine Gesamtzusage und ihre Teile, eine Runde und ihre Tranchen), zählt einmal, in diesem Deal; wo die Daten keine solche Beziehung verzeichnen, können sich Beträge dennoch überschneiden, die Arten sind daher nicht zum Addieren gedacht. Nicht genannt: Deals ohne veröffentlichten Betrag.</translation>
    </message>
    <message>
        <source>Company kinds</source>
        <translation>Unternehmensarten</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Mindestbetrag</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Deals im %1</translation>
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
    <name>SafeFiles</name>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>ein Gerät</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Kein Platz mehr auf dem Datenträger</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Speicherkontingent überschritten</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Schreibgeschütztes Dateisystem</translation>
    </message>
    <message>
        <source>File too large for this file system or this process&apos;s limit</source>
        <translation>Datei zu groß für dieses Dateisystem oder die Grenze dieses Prozesses</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>A part of the path is not a folder</source>
        <translation>Ein Teil des Pfads ist kein Ordner</translation>
    </message>
    <message>
        <source>Is a folder</source>
        <translation>Ist ein Ordner</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>Dateiname zu lang</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Ein-/Ausgabefehler</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Nicht genug Arbeitsspeicher</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>kein Dateiname angegeben</translation>
    </message>
    <message>
        <source>this is %1, not a file; CapFlow does not write into it</source>
        <translation>das ist %1, keine Datei; CapFlow schreibt nicht hinein</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>this is %1, not a document file</source>
        <translation>das ist %1, keine Dokumentdatei</translation>
    </message>
    <message>
        <source>the file is %1; reading it would need about %2 of memory, but only %3 is available</source>
        <translation>die Datei ist %1 groß; das Lesen bräuchte etwa %2 Arbeitsspeicher, verfügbar sind nur %3</translation>
    </message>
    <message>
        <source>not enough memory to read the file (%1)</source>
        <translation>nicht genug Arbeitsspeicher zum Lesen der Datei (%1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>showing its %1 deals among %2 companies would need about %3 more memory, but only %4 is available</source>
        <translation>ihre %1 Deals zwischen %2 Unternehmen anzuzeigen bräuchte etwa %3 mehr Arbeitsspeicher, verfügbar sind nur %4</translation>
    </message>
</context>
<context>
    <name>SourceCells</name>
    <message>
        <source>%1 on %2</source>
        <comment>what a source reports: amount and date</comment>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>dated %1</source>
        <comment>the date a source gives</comment>
        <translation>vom %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>publisher (tier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reports %1</source>
        <comment>a source&apos;s own figure</comment>
        <translation>nennt %1</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Die Quellen widersprechen sich:</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
</context>
<context>
    <name>SourceTiersDialog</name>
    <message>
        <source>Source Ratings</source>
        <translation>Quellenbewertung</translation>
    </message>
    <message>
        <source>How far each publisher can be trusted: the company itself (primary source), a news outlet, the trade press, or unrated (aggregators, blogs, machine-written pages). A rating here applies to this document; a single source&apos;s own rating in the deal or valuation dialog wins over it.</source>
        <translation>Wie weit jedem Herausgeber zu trauen ist: das Unternehmen selbst (Primärquelle), ein Nachrichtenmedium, die Fachpresse oder nicht bewertet (Aggregatoren, Blogs, maschinell geschriebene Seiten). Eine Bewertung hier gilt für dieses Dokument; die eigene Bewertung einer einzelnen Quelle im Deal- oder Bewertungsdialog hat Vorrang.</translation>
    </message>
    <message>
        <source>Find a publisher or domain</source>
        <translation>Herausgeber oder Domain suchen</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>As built in: %1</source>
        <translation>Wie vorgegeben: %1</translation>
    </message>
</context>
<context>
    <name>SourcesEdit</name>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Titel des Artikels</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>Diese Quelle entfernen</translation>
    </message>
    <message>
        <source>A source needs a URL.</source>
        <translation>Eine Quelle braucht eine URL.</translation>
    </message>
    <message>
        <source>Add at least one source (URL and title).</source>
        <translation>Fügen Sie mindestens eine Quelle hinzu (URL und Titel).</translation>
    </message>
    <message>
        <source>The date this source gives (optional), as %1</source>
        <translation>Das Datum, das diese Quelle nennt (optional), in der Form %1</translation>
    </message>
    <message>
        <source>reports…</source>
        <translation>nennt…</translation>
    </message>
    <message>
        <source>The figure this source reports, when it names one (optional)</source>
        <translation>Die Zahl, die diese Quelle nennt, falls sie eine nennt (optional)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>from domain</source>
        <translation>nach Domain</translation>
    </message>
    <message>
        <source>from domain: %1</source>
        <comment>the tier of the URL&apos;s domain</comment>
        <translation>nach Domain: %1</translation>
    </message>
    <message>
        <source>How far this source can be trusted: by default as its domain is rated</source>
        <translation>Wie weit dieser Quelle zu trauen ist: standardmäßig so, wie ihre Domain eingestuft ist</translation>
    </message>
    <message>
        <source>source %1, reported figure: %2</source>
        <translation>Quelle %1, genannte Zahl: %2</translation>
    </message>
    <message>
        <source>source %1, reported date: write it as %2, or leave it empty.</source>
        <translation>Quelle %1, genanntes Datum: schreiben Sie es als %2 oder lassen Sie das Feld leer.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message numerus="yes">
        <source>%n deal(s) have no source; give a source for all of them</source>
        <translation>
            <numerusform>%n Deal hat keine Quelle; geben Sie eine Quelle für alle an</numerusform>
            <numerusform>%n Deals haben keine Quelle; geben Sie eine Quelle für alle an</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook has no sheet to import</source>
        <translation>die Arbeitsmappe hat kein Blatt zum Importieren</translation>
    </message>
    <message>
        <source>the table is empty; expected a header row</source>
        <translation>die Tabelle ist leer; erwartet wird eine Kopfzeile</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot; (mapped to %2)</source>
        <translation>die Kopfzeile hat keine Spalte &quot;%1&quot; (zugeordnet zu %2)</translation>
    </message>
    <message>
        <source>no column is mapped to %1; every deal needs one</source>
        <translation>keine Spalte ist %1 zugeordnet; jeder Deal braucht eine</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>Spalte %1 (%2): %3</translation>
    </message>
    <message>
        <source>empty; every deal needs a date</source>
        <translation>leer; jeder Deal braucht ein Datum</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2025-11-18, 18.11.2025, Nov 2025, Q4 2025)</source>
        <translation>&quot;%1&quot; ist kein Datum (zum Beispiel 2025-11-18, 18.11.2025, Nov. 2025, Q4 2025)</translation>
    </message>
    <message>
        <source>unknown precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Genauigkeit &quot;%1&quot; (erwartet eines von: %2)</translation>
    </message>
    <message>
        <source>%1 is not the first day of its %2</source>
        <translation>%1 ist nicht der erste Tag seines Zeitraums (%2)</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Deal-Art &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Betragsart &quot;%1&quot; (erlaubt sind: %2)</translation>
    </message>
    <message>
        <source>no source; map a source URL column or give a source for rows without one</source>
        <translation>keine Quelle; ordnen Sie eine Spalte Quellen-URL zu oder geben Sie eine Quelle für Zeilen ohne Quelle an</translation>
    </message>
    <message>
        <source>empty company name</source>
        <translation>leerer Unternehmensname</translation>
    </message>
    <message>
        <source>%1 %2 investors</source>
        <translation>%1 %2 investors</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Source for deals without one: %1</source>
        <translation>Quelle für Deals ohne Quelle: %1</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
</context>
<context>
    <name>TextTableReader</name>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Senkrechter Strich</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file (or is saved as UTF-16; save it as CSV)</source>
        <translation>ein NUL-Byte: das ist keine Textdatei (oder sie ist als UTF-16 gespeichert; speichern Sie sie als CSV)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text; choose the encoding Windows-1252, or save the file as CSV UTF-8</source>
        <translation>Bytes, die kein UTF-8-Text sind; wählen Sie die Kodierung Windows-1252 oder speichern Sie die Datei als CSV UTF-8</translation>
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
    <message>
        <source>Deals (filled: money in, ring: money out; size by amount; faded: counted in another deal)</source>
        <translation>Deals (gefüllt: Geld fließt zu, Ring: Geld fließt ab; Größe nach Betrag; blass: in einem anderen Deal mitgezählt)</translation>
    </message>
    <message>
        <source>×%1</source>
        <extracomment>A growth call-out shortened to its factor when there is no room for the months</extracomment>
        <translation>×%1</translation>
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
    <message>
        <source>reports %1</source>
        <translation>nennt %1</translation>
    </message>
    <message>
        <source>untitled page</source>
        <translation>Seite ohne Titel</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Quellen widersprechen sich</translation>
    </message>
    <message>
        <source>Superseded by %1; not counted in totals.</source>
        <translation>Ersetzt durch %1; nicht in den Summen.</translation>
    </message>
    <message>
        <source>Counted in %1; not counted again.</source>
        <translation>Mitgezählt in %1; nicht doppelt gezählt.</translation>
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
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not an ISO 3166 country code; use two capital letters such as US, DE or CN.</source>
        <translation>„%1“ ist kein ISO-3166-Ländercode; verwenden Sie zwei Großbuchstaben wie US, DE oder CN.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>A company named “%1” already exists.</source>
        <translation>Ein Unternehmen namens „%1“ gibt es bereits.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>„%1“ ist keine Webadresse; sie muss mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>ValuationDialog</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Unternehmen:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>Edit Valuation</source>
        <translation>Bewertung bearbeiten</translation>
    </message>
    <message>
        <source>New Valuation</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>Saves this valuation and starts the next one from the same sources, with the same date</source>
        <translation>Speichert diese Bewertung und beginnt die nächste mit denselben Quellen und demselben Datum</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Datum: %1</translation>
    </message>
    <message>
        <source>Valuation of %1 saved. The next one keeps the sources and the date.</source>
        <translation>Bewertung von %1 gespeichert. Die nächste behält Quellen und Datum.</translation>
    </message>
    <message>
        <source>Save and Add A&amp;nother</source>
        <translation>Speichern und &amp;nächsten erfassen</translation>
    </message>
</context>
<context>
    <name>ValuationTableModel</name>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Value (in billions of USD): %1</source>
        <translation>Wert (in Mrd. USD): %1</translation>
    </message>
    <message>
        <source>Unknown valuation kind.</source>
        <translation>Unbekannte Bewertungsart.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
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
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 would unpack to %2 MiB, more than the %3 MiB a part of a workbook may have</source>
        <translation>%1 würde auf %2 MiB entpackt, mehr als die %3 MiB, die ein Teil einer Arbeitsmappe haben darf</translation>
    </message>
    <message>
        <source>the parts of the workbook unpack to more than %1 MiB together</source>
        <translation>die Teile der Arbeitsmappe ergeben entpackt zusammen mehr als %1 MiB</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (the zip archive is damaged)</source>
        <translation>%1 kann nicht entpackt werden (das ZIP-Archiv ist beschädigt)</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: it is encrypted</source>
        <translation>%1 kann nicht entpackt werden: es ist verschlüsselt</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: it is compressed in a way other than Deflate (%2)</source>
        <translation>%1 kann nicht entpackt werden: es ist nicht mit Deflate komprimiert (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged (its size or checksum does not match)</source>
        <translation>%1 ist beschädigt (Größe oder Prüfsumme stimmen nicht)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, Zeile %2, Spalte %3: %4</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: &quot;%2&quot; is not a row number</source>
        <translation>Blatt &quot;%1&quot;: &quot;%2&quot; ist keine Zeilennummer</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: &quot;%2&quot; is not a cell reference</source>
        <translation>Blatt &quot;%1&quot;: &quot;%2&quot; ist kein Zellbezug</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2: shared string %3 does not exist (the workbook has %4)</source>
        <translation>Blatt &quot;%1&quot;, Zelle %2: gemeinsamer Text %3 existiert nicht (die Arbeitsmappe hat %4)</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2: &quot;%3&quot; is not the number of a shared string</source>
        <translation>Blatt &quot;%1&quot;, Zelle %2: &quot;%3&quot; ist keine Nummer eines gemeinsamen Textes</translation>
    </message>
    <message>
        <source>the file is an old Excel workbook (.xls) or an encrypted one; save it as an Excel workbook (.xlsx) without a password</source>
        <translation>die Datei ist eine alte Excel-Arbeitsmappe (.xls) oder verschlüsselt; speichern Sie sie als Excel-Arbeitsmappe (.xlsx) ohne Kennwort</translation>
    </message>
    <message>
        <source>the file is no Excel workbook (.xlsx): it is not a zip archive</source>
        <translation>die Datei ist keine Excel-Arbeitsmappe (.xlsx): sie ist kein ZIP-Archiv</translation>
    </message>
    <message>
        <source>the file is no Excel workbook (.xlsx): the zip archive has no %1</source>
        <translation>die Datei ist keine Excel-Arbeitsmappe (.xlsx): das ZIP-Archiv hat kein %1</translation>
    </message>
    <message>
        <source>the workbook has no %1, which names the parts of its sheets</source>
        <translation>die Arbeitsmappe hat kein %1, das die Teile ihrer Blätter nennt</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the workbook names no part for it</source>
        <translation>Blatt &quot;%1&quot;: die Arbeitsmappe nennt keinen Teil dafür</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the zip archive has no %2</source>
        <translation>Blatt &quot;%1&quot;: das ZIP-Archiv hat kein %2</translation>
    </message>
</context>
</TS>
