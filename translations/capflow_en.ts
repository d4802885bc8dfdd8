<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>a deal cannot be related to itself (%1 %2)</source>
        <translation>a deal cannot be related to itself (%1 %2)</translation>
    </message>
    <message>
        <source>unknown deal &quot;%1&quot; (%2)</source>
        <translation>unknown deal &quot;%1&quot; (%2)</translation>
    </message>
    <message>
        <source>deal %1 is named twice (%2)</source>
        <translation>deal %1 is named twice (%2)</translation>
    </message>
    <message>
        <source>%1 %2 %3 makes a circle: %3 already leads back to %1</source>
        <translation>%1 %2 %3 makes a circle: %3 already leads back to %1</translation>
    </message>
    <message>
        <source>a part cannot be larger than its whole: %1 is larger than %2</source>
        <translation>a part cannot be larger than its whole: %1 is larger than %2</translation>
    </message>
</context>
<context>
    <name>AliasesDialog</name>
    <message>
        <source>Company Aliases</source>
        <translation>Company Aliases</translation>
    </message>
    <message>
        <source>Names that files to import use for a company of this document. The import also ignores case, accents and legal forms such as Inc. or GmbH.</source>
        <translation>Names that files to import use for a company of this document. The import also ignores case, accents and legal forms such as Inc. or GmbH.</translation>
    </message>
    <message>
        <source>Name in files</source>
        <translation>Name in files</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
    <message>
        <source>Built in: %1.</source>
        <translation>Built in: %1.</translation>
    </message>
    <message>
        <source>%1 (not in the document)</source>
        <translation>%1 (not in the document)</translation>
    </message>
    <message>
        <source>Row %1: “%2” has no letters or digits to match by.</source>
        <translation>Row %1: “%2” has no letters or digits to match by.</translation>
    </message>
    <message>
        <source>Row %1: “%2” is the same name as “%3” above.</source>
        <translation>Row %1: “%2” is the same name as “%3” above.</translation>
    </message>
</context>
<context>
    <name>AmountEdit</name>
    <message>
        <source>million USD</source>
        <translation>million USD</translation>
    </message>
    <message>
        <source>billion USD</source>
        <translation>billion USD</translation>
    </message>
    <message>
        <source>trillion USD</source>
        <translation>trillion USD</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Undisclosed</translation>
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
        <translation>Enter an amount, or choose “undisclosed”.</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>Only digits and the separators “%1” (decimals) and “%2” (thousands) are allowed; choose the unit from the list.</source>
        <translation>Only digits and the separators “%1” (decimals) and “%2” (thousands) are allowed; choose the unit from the list.</translation>
    </message>
    <message>
        <source>“%1” appears more than once; it marks the decimals.</source>
        <translation>“%1” appears more than once; it marks the decimals.</translation>
    </message>
    <message>
        <source>“%1” separates thousands and cannot follow the decimal mark “%2”.</source>
        <translation>“%1” separates thousands and cannot follow the decimal mark “%2”.</translation>
    </message>
    <message>
        <source>Read “%1” as a thousands separator.</source>
        <translation>Read “%1” as a thousands separator.</translation>
    </message>
    <message>
        <source>Read “%1” as a decimal mark; write “%2” for decimals in this language.</source>
        <translation>Read “%1” as a decimal mark; write “%2” for decimals in this language.</translation>
    </message>
    <message>
        <source>“%1” separates thousands in groups of three digits; use “%2” for decimals.</source>
        <translation>“%1” separates thousands in groups of three digits; use “%2” for decimals.</translation>
    </message>
    <message>
        <source>A digit is missing before or after the separator.</source>
        <translation>A digit is missing before or after the separator.</translation>
    </message>
    <message>
        <source>The amount is too large or finer than one dollar.</source>
        <translation>The amount is too large or finer than one dollar.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero; choose “undisclosed” when it is not known.</source>
        <translation>The amount must be greater than zero; choose “undisclosed” when it is not known.</translation>
    </message>
    <message>
        <source>The amount is larger than CapFlow accepts (at most %1).</source>
        <translation>The amount is larger than CapFlow accepts (at most %1).</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>The amount must be greater than zero.</source>
        <translation>The amount must be greater than zero.</translation>
    </message>
</context>
<context>
    <name>AnalysisDock</name>
    <message>
        <source>(choose a company)</source>
        <translation>(choose a company)</translation>
    </message>
    <message numerus="yes">
        <source>%n circular flow(s) of up to %1 deals</source>
        <translation>
            <numerusform>%n circular flow of up to %1 deals</numerusform>
            <numerusform>%n circular flows of up to %1 deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with vendor financing</source>
        <translation>
            <numerusform>%n with vendor financing</numerusform>
            <numerusform>%n with vendor financing</numerusform>
        </translation>
    </message>
    <message>
        <source>the search stopped at its work limit, so the list is incomplete</source>
        <translation>the search stopped at its work limit, so the list is incomplete</translation>
    </message>
    <message>
        <source>Pick a company to see which deals its partners would lose if it failed.</source>
        <translation>Pick a company to see which deals its partners would lose if it failed.</translation>
    </message>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n undisclosed</numerusform>
            <numerusform>%n undisclosed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s): %1</source>
        <translation>
            <numerusform>%n deal: %1</numerusform>
            <numerusform>%n deals: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Directly: %1. One step further: %2.</source>
        <translation>Directly: %1. One step further: %2.</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analysis</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>&amp;Longest cycle</source>
        <translation>&amp;Longest cycle</translation>
    </message>
    <message>
        <source> deals</source>
        <translation> deals</translation>
    </message>
    <message>
        <source>The most deals a circular flow may have</source>
        <translation>The most deals a circular flow may have</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>Circular flows</source>
        <translation>Circular flows</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Vendor financing</translation>
    </message>
    <message>
        <source>Importance</source>
        <translation>Importance</translation>
    </message>
    <message>
        <source>What if…</source>
        <translation>What if…</translation>
    </message>
    <message>
        <source>Cycles of deals in which money leaves a company and comes back to it, ranked by the amount that can make the round trip</source>
        <translation>Cycles of deals in which money leaves a company and comes back to it, ranked by the amount that can make the round trip</translation>
    </message>
    <message>
        <source>Of what a company received from its investors, how much it committed back to them as purchases of compute and chips</source>
        <translation>Of what a company received from its investors, how much it committed back to them as purchases of compute and chips</translation>
    </message>
    <message>
        <source>If this company &amp;failed:</source>
        <translation>If this company &amp;failed:</translation>
    </message>
    <message numerus="yes">
        <source>%n circular flow(s) in time order</source>
        <translation>
            <numerusform>%n circular flow in time order</numerusform>
            <numerusform>%n circular flows in time order</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(of %n of up to %1 deals; the others are listed after them)</source>
        <translation>
            <numerusform>(of %n of up to %1 deals; the others are listed after them)</numerusform>
            <numerusform>(of %n of up to %1 deals; the others are listed after them)</numerusform>
        </translation>
    </message>
    <message>
        <source>Count only cycles &amp;in time order, within</source>
        <translation>Count only cycles &amp;in time order, within</translation>
    </message>
    <message>
        <source>A circular flow counts when each deal is on or after the one before it and the last comes within this many months of the first: the money really came back after it went out. The others are listed after them, marked.</source>
        <translation>A circular flow counts when each deal is on or after the one before it and the last comes within this many months of the first: the money really came back after it went out. The others are listed after them, marked.</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Analysing…</translation>
    </message>
    <message>
        <source>betweenness estimated from the shortest paths of %1 of %2 companies</source>
        <translation>betweenness estimated from the shortest paths of %1 of %2 companies</translation>
    </message>
</context>
<context>
    <name>AnalysisTableModel</name>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n undisclosed</numerusform>
            <numerusform>%n undisclosed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>Deals from Article</source>
        <translation>Deals from Article</translation>
    </message>
    <message>
        <source>Article &amp;address:</source>
        <translation>Article &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>Article &amp;date:</source>
        <translation>Article &amp;date:</translation>
    </message>
    <message>
        <source>https://… (the page every accepted deal cites)</source>
        <translation>https://… (the page every accepted deal cites)</translation>
    </message>
    <message>
        <source>The article&apos;s headline</source>
        <translation>The article&apos;s headline</translation>
    </message>
    <message>
        <source>The day the article appeared: dates such as &quot;in March&quot; are read relative to it, and deals whose date the text does not give take it.</source>
        <translation>The day the article appeared: dates such as &quot;in March&quot; are read relative to it, and deals whose date the text does not give take it.</translation>
    </message>
    <message>
        <source>Language: detect</source>
        <translation>Language: detect</translation>
    </message>
    <message>
        <source>German</source>
        <translation>German</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Paste the article&apos;s text here (German or English), or drop a saved web page or text file on the main window.</source>
        <translation>Paste the article&apos;s text here (German or English), or drop a saved web page or text file on the main window.</translation>
    </message>
    <message>
        <source>&amp;Propose Deals</source>
        <translation>&amp;Propose Deals</translation>
    </message>
    <message>
        <source>Read the text and propose the deals and valuations it states (Ctrl+Return)</source>
        <translation>Read the text and propose the deals and valuations it states (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Accept &amp;All</source>
        <translation>Accept &amp;All</translation>
    </message>
    <message>
        <source>Reject A&amp;ll</source>
        <translation>Reject A&amp;ll</translation>
    </message>
    <message>
        <source>%1 holds no text.</source>
        <translation>%1 holds no text.</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>publisher · tier</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Article address: enter the page the deals are cited from.</source>
        <translation>Article address: enter the page the deals are cited from.</translation>
    </message>
    <message>
        <source>Article address: %1</source>
        <translation>Article address: %1</translation>
    </message>
    <message>
        <source>Article date: %1</source>
        <translation>Article date: %1</translation>
    </message>
    <message>
        <source>Press Propose Deals.</source>
        <translation>Press Propose Deals.</translation>
    </message>
    <message>
        <source>Proposed: %1 and %2.</source>
        <comment>deals, valuations</comment>
        <translation>Proposed: %1 and %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
    <message>
        <source>The text has changed: propose again.</source>
        <translation>The text has changed: propose again.</translation>
    </message>
    <message>
        <source>No row is accepted.</source>
        <translation>No row is accepted.</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Add %n Accepted</source>
        <translation>
            <numerusform>&amp;Add %n Accepted</numerusform>
            <numerusform>&amp;Add %n Accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n entry(s) from article %1</source>
        <translation>
            <numerusform>Add %n entry from article %1</numerusform>
            <numerusform>Add %n entries from article %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The accepted rows could not be added: an id is taken or a company unknown.</source>
        <translation>The accepted rows could not be added: an id is taken or a company unknown.</translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) not used (listed under the table).</source>
        <translation>
            <numerusform>%n figure not used (listed under the table).</numerusform>
            <numerusform>%n figures not used (listed under the table).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in total: the sum of rows %2, not a deal of its own</source>
        <comment>amount, row numbers</comment>
        <translation>%1 in total: the sum of rows %2, not a deal of its own</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>figure — why it did not become a proposal</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Not in the table:</source>
        <translation>Not in the table:</translation>
    </message>
</context>
<context>
    <name>ArticleExtractor</name>
    <message>
        <source>in the headline; the proposals come from the article&apos;s sentences</source>
        <translation>in the headline; the proposals come from the article&apos;s sentences</translation>
    </message>
    <message>
        <source>no company found</source>
        <translation>no company found</translation>
    </message>
    <message>
        <source>the valuation is not in US dollars</source>
        <translation>the valuation is not in US dollars</translation>
    </message>
    <message>
        <source>another figure for the deal stated before it</source>
        <translation>another figure for the deal stated before it</translation>
    </message>
    <message>
        <source>shared by several companies; the split is not stated</source>
        <translation>shared by several companies; the split is not stated</translation>
    </message>
    <message>
        <source>the same total as in another sentence</source>
        <translation>the same total as in another sentence</translation>
    </message>
    <message>
        <source>no deal kind recognised</source>
        <translation>no deal kind recognised</translation>
    </message>
    <message>
        <source>no counterparty found</source>
        <translation>no counterparty found</translation>
    </message>
    <message>
        <source>The article states %1; not converted to US dollars.</source>
        <translation>The article states %1; not converted to US dollars.</translation>
    </message>
    <message>
        <source>The article names no provider.</source>
        <translation>The article names no provider.</translation>
    </message>
    <message>
        <source>repeats a deal stated before</source>
        <translation>repeats a deal stated before</translation>
    </message>
</context>
<context>
    <name>Autosave</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>cannot create the folder %1</translation>
    </message>
    <message>
        <source>cannot create the lock file in %1</source>
        <translation>cannot create the lock file in %1</translation>
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
        <translation>missing field &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a string</source>
        <translation>field &quot;%1&quot; must be a string</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must not be empty</source>
        <translation>field &quot;%1&quot; must not be empty</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; for &quot;%2&quot; (expected one of: %3)</source>
        <translation>unknown value &quot;%1&quot; for &quot;%2&quot; (expected one of: %3)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>date %1 is not the first day of its %2</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must be a string of whole US dollars, e.g. &quot;1500000000&quot;</source>
        <translation>amount &quot;%1&quot; must be a string of whole US dollars, e.g. &quot;1500000000&quot;</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>amount &quot;%1&quot; must not be negative</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected whole US dollars, digits only)</source>
        <translation>malformed amount &quot;%1&quot; (expected whole US dollars, digits only)</translation>
    </message>
    <message>
        <source>unknown company id &quot;%1&quot;</source>
        <translation>unknown company id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an array</source>
        <translation>field &quot;%1&quot; must be an array</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>expected an object</translation>
    </message>
    <message>
        <source>at least one source is required</source>
        <translation>at least one source is required</translation>
    </message>
    <message>
        <source>position must be an object with numbers &quot;x&quot; and &quot;y&quot;</source>
        <translation>position must be an object with numbers &quot;x&quot; and &quot;y&quot;</translation>
    </message>
    <message>
        <source>malformed capacity &quot;%1&quot; (expected gigawatts such as &quot;1.5&quot;)</source>
        <translation>malformed capacity &quot;%1&quot; (expected gigawatts such as &quot;1.5&quot;)</translation>
    </message>
    <message>
        <source>not a CapFlow document: &quot;format&quot; must be &quot;capflow&quot;</source>
        <translation>not a CapFlow document: &quot;format&quot; must be &quot;capflow&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive whole number</source>
        <translation>&quot;version&quot; must be a positive whole number</translation>
    </message>
    <message>
        <source>schema version %1 was written by a newer CapFlow (this one reads up to %2)</source>
        <translation>schema version %1 was written by a newer CapFlow (this one reads up to %2)</translation>
    </message>
    <message>
        <source>duplicate company name &quot;%1&quot;</source>
        <translation>duplicate company name &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>invalid JSON: %1</translation>
    </message>
    <message>
        <source>a CapFlow document must be a JSON object</source>
        <translation>a CapFlow document must be a JSON object</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</source>
        <translation>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in one object; only one value is allowed</source>
        <translation>the key &quot;%1&quot; appears twice in one object; only one value is allowed</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly (%1 USD)</source>
        <translation>the amounts of the deals up to here add up to more than CapFlow can add exactly (%1 USD)</translation>
    </message>
    <message>
        <source>expected the id of a deal, as a string</source>
        <translation>expected the id of a deal, as a string</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>opening was cancelled</translation>
    </message>
    <message>
        <source>number too large</source>
        <translation>number too large</translation>
    </message>
    <message>
        <source>value not allowed here</source>
        <translation>value not allowed here</translation>
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
        <translation>Totals by deal kind, then and now.</translation>
    </message>
    <message numerus="yes">
        <source>%1 deal(s) on %2, %3 on %4: %n new deal(s).</source>
        <translation>
            <numerusform>%1 deal on %2, %3 on %4: %n new deal.</numerusform>
            <numerusform>%1 deals on %2, %3 on %4: %n new deals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New companies (%n): %1.</source>
        <translation>
            <numerusform>New companies (%n): %1.</numerusform>
            <numerusform>New companies (%n): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new valuation point(s).</source>
        <translation>
            <numerusform>%n new valuation point.</numerusform>
            <numerusform>%n new valuation points.</numerusform>
        </translation>
    </message>
    <message>
        <source>Amounts count each dollar once: superseded and contained deals are left out; firm and up-to amounts are never added together.</source>
        <translation>Amounts count each dollar once: superseded and contained deals are left out; firm and up-to amounts are never added together.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Committed or reported</source>
        <translation>Committed or reported</translation>
    </message>
    <message>
        <source>Up to (ceiling)</source>
        <translation>Up to (ceiling)</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>New deals</source>
        <translation>New deals</translation>
    </message>
    <message>
        <source>The first %1 of %2 new deals, by date.</source>
        <translation>The first %1 of %2 new deals, by date.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Valuation changes</source>
        <translation>Valuation changes</translation>
    </message>
    <message>
        <source>The latest valuation known on each date, for companies valued on both.</source>
        <translation>The latest valuation known on each date, for companies valued on both.</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Then</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>value (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>What changed between %1 and %2</source>
        <translation>What changed between %1 and %2</translation>
    </message>
    <message>
        <source>×%1</source>
        <comment>a valuation&apos;s factor of change</comment>
        <translation>×%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CircularFlowReport</name>
    <message>
        <source>Circular flows: does the money come back?</source>
        <translation>Circular flows: does the money come back?</translation>
    </message>
    <message numerus="yes">
        <source>Cycles of deals in which money leaves a company and comes back to it, up to %n deal(s) long, ranked by the amount that can make the round trip (the smallest amount on the cycle). &quot;At most&quot; marks cycles with undisclosed legs. %1 of %2 cycles are shown.</source>
        <translation>
            <numerusform>Cycles of deals in which money leaves a company and comes back to it, up to %n deal long, ranked by the amount that can make the round trip (the smallest amount on the cycle). &quot;At most&quot; marks cycles with undisclosed legs. %1 of %2 cycles are shown.</numerusform>
            <numerusform>Cycles of deals in which money leaves a company and comes back to it, up to %n deals long, ranked by the amount that can make the round trip (the smallest amount on the cycle). &quot;At most&quot; marks cycles with undisclosed legs. %1 of %2 cycles are shown.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>Cycle</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Vendor financing</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CapFlow shows how capital flows through the AI industry.</source>
        <translation>CapFlow shows how capital flows through the AI industry.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Print this help and exit.</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Print the version and exit.</translation>
    </message>
    <message>
        <source>Validate FILE; problems go to stderr as FILE:LINE:COLUMN: message.</source>
        <translation>Validate FILE; problems go to stderr as FILE:LINE:COLUMN: message.</translation>
    </message>
    <message>
        <source>Export a multi-page PDF report.</source>
        <translation>Export a multi-page PDF report.</translation>
    </message>
    <message>
        <source>Print the capital-flow analysis as JSON.</source>
        <translation>Print the capital-flow analysis as JSON.</translation>
    </message>
    <message>
        <source>Language of the output: de or en (default: system).</source>
        <translation>Language of the output: de or en (default: system).</translation>
    </message>
    <message>
        <source>Only deals on or after this date.</source>
        <translation>Only deals on or after this date.</translation>
    </message>
    <message>
        <source>Only deals on or before this date.</source>
        <translation>Only deals on or before this date.</translation>
    </message>
    <message>
        <source>Only these companies (comma-separated names).</source>
        <translation>Only these companies (comma-separated names).</translation>
    </message>
    <message>
        <source>Image size in pixels.</source>
        <translation>Image size in pixels.</translation>
    </message>
    <message>
        <source>Resolution of PNG exports (default 300).</source>
        <translation>Resolution of PNG exports (default 300).</translation>
    </message>
    <message>
        <source>Title of the exported chart or report.</source>
        <translation>Title of the exported chart or report.</translation>
    </message>
    <message>
        <source>Only one FILE can be given, not %1.</source>
        <translation>Only one FILE can be given, not %1.</translation>
    </message>
    <message>
        <source>--lang: &quot;%1&quot; is not a language CapFlow speaks; use de or en.</source>
        <translation>--lang: &quot;%1&quot; is not a language CapFlow speaks; use de or en.</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--%1: &quot;%2&quot; is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--from must not be later than --to.</source>
        <translation>--from must not be later than --to.</translation>
    </message>
    <message>
        <source>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each between 100 and 20000 pixels.</source>
        <translation>--size: &quot;%1&quot; is not WIDTHxHEIGHT with each between 100 and 20000 pixels.</translation>
    </message>
    <message>
        <source>--dpi: &quot;%1&quot; is not a resolution between 36 and 2400.</source>
        <translation>--dpi: &quot;%1&quot; is not a resolution between 36 and 2400.</translation>
    </message>
    <message>
        <source>--from, --to, --companies, --size, --dpi and --title apply to exports and --analyze only.</source>
        <translation>--from, --to, --companies, --size, --dpi and --title apply to exports and --analyze only.</translation>
    </message>
    <message>
        <source>--analyze: longest cycle of deals to search, 2 to 8 (default 4).</source>
        <translation>--analyze: longest cycle of deals to search, 2 to 8 (default 4).</translation>
    </message>
    <message>
        <source>--max-cycle-length: &quot;%1&quot; is not a length between 2 and 8.</source>
        <translation>--max-cycle-length: &quot;%1&quot; is not a length between 2 and 8.</translation>
    </message>
    <message>
        <source>--max-cycle-length applies to --analyze only.</source>
        <translation>--max-cycle-length applies to --analyze only.</translation>
    </message>
    <message>
        <source>FILE is empty; give a file name, or none for the bundled dataset.</source>
        <translation>FILE is empty; give a file name, or none for the bundled dataset.</translation>
    </message>
    <message>
        <source>The output file name is empty.</source>
        <translation>The output file name is empty.</translation>
    </message>
    <message>
        <source>A %1 file; without it the bundled dataset.</source>
        <translation>A %1 file; without it the bundled dataset.</translation>
    </message>
    <message>
        <source>Export the network view (%1).</source>
        <translation>Export the network view (%1).</translation>
    </message>
    <message>
        <source>Export the valuation timeline (%1).</source>
        <translation>Export the valuation timeline (%1).</translation>
    </message>
    <message>
        <source>Export the data (%1).</source>
        <translation>Export the data (%1).</translation>
    </message>
    <message>
        <source>Read FILE (a table: CSV, TSV, .xlsx) through this column mapping: capflow, crunchbase or a mapping saved by the Import dialog.</source>
        <translation>Read FILE (a table: CSV, TSV, .xlsx) through this column mapping: capflow, crunchbase or a mapping saved by the Import dialog.</translation>
    </message>
    <message>
        <source>--import-mapping: give capflow, crunchbase or a mapping file.</source>
        <translation>--import-mapping: give capflow, crunchbase or a mapping file.</translation>
    </message>
    <message>
        <source>--import-mapping needs a FILE to read.</source>
        <translation>--import-mapping needs a FILE to read.</translation>
    </message>
    <message>
        <source>The format of - (standard input as FILE, standard output as OUT): %1.</source>
        <translation>The format of - (standard input as FILE, standard output as OUT): %1.</translation>
    </message>
    <message>
        <source>--format: &quot;%1&quot; is not one of %2.</source>
        <translation>--format: &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>FILE - (standard input) is for --check, --export-… and --analyze.</source>
        <translation>FILE - (standard input) is for --check, --export-… and --analyze.</translation>
    </message>
    <message>
        <source>- (standard input or output) needs --format to say what it is.</source>
        <translation>- (standard input or output) needs --format to say what it is.</translation>
    </message>
    <message>
        <source>--export-data -: a workbook is not text; give a file name for .xlsx.</source>
        <translation>--export-data -: a workbook is not text; give a file name for .xlsx.</translation>
    </message>
    <message>
        <source>Print the deals and valuations a news article (a text file, German or English) states, as JSON; companies are matched against FILE&apos;s.</source>
        <translation>Print the deals and valuations a news article (a text file, German or English) states, as JSON; companies are matched against FILE&apos;s.</translation>
    </message>
    <message>
        <source>--extract-deals: the article&apos;s date, for dates such as &quot;in March&quot;.</source>
        <translation>--extract-deals: the article&apos;s date, for dates such as &quot;in March&quot;.</translation>
    </message>
    <message>
        <source>--extract-deals: the article&apos;s file name is empty.</source>
        <translation>--extract-deals: the article&apos;s file name is empty.</translation>
    </message>
    <message>
        <source>--date applies to --extract-deals only.</source>
        <translation>--date applies to --extract-deals only.</translation>
    </message>
    <message>
        <source>Print every path of deals by which money can flow from company FROM to company TO, ranked by the amount that can pass, as JSON (give FROM and TO after FILE).</source>
        <translation>Print every path of deals by which money can flow from company FROM to company TO, ranked by the amount that can pass, as JSON (give FROM and TO after FILE).</translation>
    </message>
    <message>
        <source>--paths: most deals per path, 1 to 8 (default 4).</source>
        <translation>--paths: most deals per path, 1 to 8 (default 4).</translation>
    </message>
    <message>
        <source>--paths needs two companies: capflow [FILE] --paths FROM TO.</source>
        <translation>--paths needs two companies: capflow [FILE] --paths FROM TO.</translation>
    </message>
    <message>
        <source>--paths: a company&apos;s name is empty.</source>
        <translation>--paths: a company&apos;s name is empty.</translation>
    </message>
    <message>
        <source>--max-path-length: &quot;%1&quot; is not a length between 1 and 8.</source>
        <translation>--max-path-length: &quot;%1&quot; is not a length between 1 and 8.</translation>
    </message>
    <message>
        <source>--kinds: &quot;%1&quot; is not one of %2.</source>
        <translation>--kinds: &quot;%1&quot; is not one of %2.</translation>
    </message>
    <message>
        <source>Print what changed between two dates as JSON: new deals, companies and valuations, valuation changes and totals by kind then and now (give FROM_DATE and TO_DATE, YYYY-MM-DD, after FILE); with --export-report, add a page on it to the report.</source>
        <translation>Print what changed between two dates as JSON: new deals, companies and valuations, valuation changes and totals by kind then and now (give FROM_DATE and TO_DATE, YYYY-MM-DD, after FILE); with --export-report, add a page on it to the report.</translation>
    </message>
    <message>
        <source>--compare needs two dates: capflow [FILE] --compare FROM_DATE TO_DATE.</source>
        <translation>--compare needs two dates: capflow [FILE] --compare FROM_DATE TO_DATE.</translation>
    </message>
    <message>
        <source>--compare: &quot;%1&quot; is not a date of the form YYYY-MM-DD.</source>
        <translation>--compare: &quot;%1&quot; is not a date of the form YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--compare: FROM_DATE (%1) must not be later than TO_DATE (%2).</source>
        <translation>--compare: FROM_DATE (%1) must not be later than TO_DATE (%2).</translation>
    </message>
    <message>
        <source>--max-path-length applies to --paths only.</source>
        <translation>--max-path-length applies to --paths only.</translation>
    </message>
    <message>
        <source>--kinds applies to --paths and --compare only.</source>
        <translation>--kinds applies to --paths and --compare only.</translation>
    </message>
    <message>
        <source>--compare takes its own two dates; --from and --to do not apply.</source>
        <translation>--compare takes its own two dates; --from and --to do not apply.</translation>
    </message>
    <message>
        <source>Export the flow diagram: money by layer of company kind (%1).</source>
        <translation>Export the flow diagram: money by layer of company kind (%1).</translation>
    </message>
    <message>
        <source>--paths, --compare, --export-flows: only deals of these kinds (comma-separated: %1).</source>
        <translation>--paths, --compare, --export-flows: only deals of these kinds (comma-separated: %1).</translation>
    </message>
    <message>
        <source>Choose one of --check, --export-network, --export-timeline, --export-flows, --export-report, --export-data, --analyze, --extract-deals, --paths and --compare.</source>
        <translation>Choose one of --check, --export-network, --export-timeline, --export-flows, --export-report, --export-data, --analyze, --extract-deals, --paths and --compare.</translation>
    </message>
</context>
<context>
    <name>CompanyDialog</name>
    <message>
        <source>e.g. US</source>
        <translation>e.g. US</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Country (ISO code):</source>
        <translation>&amp;Country (ISO code):</translation>
    </message>
    <message>
        <source>Edit Company</source>
        <translation>Edit Company</translation>
    </message>
    <message>
        <source>New Company</source>
        <translation>New Company</translation>
    </message>
</context>
<context>
    <name>CompanyField</name>
    <message>
        <source>Enter a company.</source>
        <translation>Enter a company.</translation>
    </message>
    <message>
        <source>Create as a new company of kind</source>
        <translation>Create as a new company of kind</translation>
    </message>
    <message>
        <source>“%1” is not a known company: pick one from the list, or tick the box below to create it.</source>
        <translation>“%1” is not a known company: pick one from the list, or tick the box below to create it.</translation>
    </message>
</context>
<context>
    <name>CompanyPicker</name>
    <message>
        <source>Search companies…</source>
        <translation>Search companies…</translation>
    </message>
    <message>
        <source>AI labs</source>
        <translation>AI labs</translation>
    </message>
    <message>
        <source>The AI labs with valuations</source>
        <translation>The AI labs with valuations</translation>
    </message>
    <message>
        <source>Seed article</source>
        <translation>Seed article</translation>
    </message>
    <message>
        <source>The companies of the seed article: Anthropic, OpenAI, Microsoft, Nvidia, Amazon and Alphabet</source>
        <translation>The companies of the seed article: Anthropic, OpenAI, Microsoft, Nvidia, Amazon and Alphabet</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Clear the selection</translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Country</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Unknown company kind.</source>
        <translation>Unknown company kind.</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare Two Dates</source>
        <translation>Compare Two Dates</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Show in &amp;network</source>
        <translation>Show in &amp;network</translation>
    </message>
    <message>
        <source>The network as of the second date: new deals lit, earlier deals dimmed</source>
        <translation>The network as of the second date: new deals lit, earlier deals dimmed</translation>
    </message>
    <message>
        <source>Totals by kind</source>
        <translation>Totals by kind</translation>
    </message>
    <message>
        <source>New deals (%1)</source>
        <translation>New deals (%1)</translation>
    </message>
    <message>
        <source>Valuation changes (%1)</source>
        <translation>Valuation changes (%1)</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>quoted field is never closed</source>
        <translation>quoted field is never closed</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote</source>
        <translation>unexpected text after a closing quote</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file (or not UTF-8; save it as CSV UTF-8)</source>
        <translation>a NUL byte: this is not a text file (or not UTF-8; save it as CSV UTF-8)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text; save the file as CSV UTF-8</source>
        <translation>bytes that are not UTF-8 text; save the file as CSV UTF-8</translation>
    </message>
</context>
<context>
    <name>CycleTableModel</name>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
    <message>
        <source>Path of the money</source>
        <translation>Path of the money</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Round trip</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Pattern</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4, %5, %6</source>
        <translation>%1: %2 → %3, %4, %5, %6</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>undisclosed</translation>
    </message>
    <message>
        <source>Vendor financing</source>
        <translation>Vendor financing</translation>
    </message>
    <message>
        <source>Circular flow</source>
        <translation>Circular flow</translation>
    </message>
    <message numerus="yes">
        <source>%n leg(s) undisclosed</source>
        <translation>
            <numerusform>%n leg undisclosed</numerusform>
            <numerusform>%n legs undisclosed</numerusform>
        </translation>
    </message>
    <message>
        <source>firm</source>
        <translation>firm</translation>
    </message>
    <message>
        <source>includes up-to or estimated amounts</source>
        <translation>includes up-to or estimated amounts</translation>
    </message>
    <message>
        <source>Time order</source>
        <translation>Time order</translation>
    </message>
    <message numerus="yes">
        <source>not in time order (%n month(s))</source>
        <translation>
            <numerusform>not in time order (%n month)</numerusform>
            <numerusform>not in time order (%n months)</numerusform>
        </translation>
    </message>
    <message>
        <source>in time order, purchase before investment</source>
        <translation>in time order, purchase before investment</translation>
    </message>
    <message>
        <source>in time order</source>
        <translation>in time order</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2.</source>
        <translation>&quot;%1&quot; is not a date; write it as %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: the year must have four digits.</source>
        <translation>&quot;%1&quot;: the year must have four digits.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: there is no month %2.</source>
        <translation>&quot;%1&quot;: there is no month %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2 has no day %3.</source>
        <translation>&quot;%1&quot;: %2 has no day %3.</translation>
    </message>
    <message>
        <source>%1, %2, %3 or %4</source>
        <comment>examples of dates: day, month, quarter, year</comment>
        <translation>%1, %2, %3 or %4</translation>
    </message>
</context>
<context>
    <name>DealCsvReader</name>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>the file is empty; expected a header row</translation>
    </message>
    <message>
        <source>missing column &quot;%1&quot; in the header</source>
        <translation>missing column &quot;%1&quot; in the header</translation>
    </message>
    <message>
        <source>row has %1 fields but the header has %2</source>
        <translation>row has %1 fields but the header has %2</translation>
    </message>
    <message>
        <source>empty id</source>
        <translation>empty id</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown date precision &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</source>
        <translation>invalid date &quot;%1&quot; (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>date %1 is not the first day of its %2</translation>
    </message>
    <message>
        <source>empty company name in &quot;%1&quot;</source>
        <translation>empty company name in &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown deal kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; must not be negative</source>
        <translation>amount &quot;%1&quot; must not be negative</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; (expected billions of USD such as 2.5)</source>
        <translation>malformed amount &quot;%1&quot; (expected billions of USD such as 2.5)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 billion USD)</source>
        <translation>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 billion USD)</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly</source>
        <translation>the amounts of the deals up to here add up to more than CapFlow can add exactly</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown amount kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>a deal needs at least one source URL</source>
        <translation>a deal needs at least one source URL</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file</source>
        <translation>a NUL byte: this is not a text file</translation>
    </message>
    <message>
        <source>this is not a CSV of CapFlow&apos;s deals: its header has none of the columns %1; to read another program&apos;s table, use File &gt; Import… (or capflow --import-mapping)</source>
        <translation>this is not a CSV of CapFlow&apos;s deals: its header has none of the columns %1; to read another program&apos;s table, use File &gt; Import… (or capflow --import-mapping)</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>opening was cancelled</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Edit Deal</source>
        <translation>Edit Deal</translation>
    </message>
    <message>
        <source>New Deal</source>
        <translation>New Deal</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>&amp;From (pays, invests or sells):</source>
        <translation>&amp;From (pays, invests or sells):</translation>
    </message>
    <message>
        <source>&amp;To (receives):</source>
        <translation>&amp;To (receives):</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Amount &amp;is:</source>
        <translation>Amount &amp;is:</translation>
    </message>
    <message>
        <source>&amp;Capacity (GW):</source>
        <translation>&amp;Capacity (GW):</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources:</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>write the gigawatts as a plain number such as %1, or leave it empty.</source>
        <translation>write the gigawatts as a plain number such as %1, or leave it empty.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>The deal goes from a company to itself.</source>
        <translation>The deal goes from a company to itself.</translation>
    </message>
    <message>
        <source>The date is more than a year in the future.</source>
        <translation>The date is more than a year in the future.</translation>
    </message>
    <message>
        <source>This is an exact duplicate of an existing deal.</source>
        <translation>This is an exact duplicate of an existing deal.</translation>
    </message>
    <message>
        <source>Relations:</source>
        <translation>Relations:</translation>
    </message>
    <message>
        <source>%1  %2 → %3, %4</source>
        <comment>deal id, from, to, date</comment>
        <translation>%1  %2 → %3, %4</translation>
    </message>
    <message>
        <source>Su&amp;persedes:</source>
        <translation>Su&amp;persedes:</translation>
    </message>
    <message>
        <source>The deals this one replaces (their money is no longer counted where this deal is)</source>
        <translation>The deals this one replaces (their money is no longer counted where this deal is)</translation>
    </message>
    <message>
        <source>Pa&amp;rt of:</source>
        <translation>Pa&amp;rt of:</translation>
    </message>
    <message>
        <source>The deals whose money includes this deal&apos;s</source>
        <translation>The deals whose money includes this deal&apos;s</translation>
    </message>
    <message>
        <source>&amp;May overlap:</source>
        <translation>&amp;May overlap:</translation>
    </message>
    <message>
        <source>The deals whose money may include this deal&apos;s; the split is not known</source>
        <translation>The deals whose money may include this deal&apos;s; the split is not known</translation>
    </message>
    <message>
        <source>deal ids</source>
        <translation>deal ids</translation>
    </message>
    <message>
        <source>Supersedes</source>
        <translation>Supersedes</translation>
    </message>
    <message>
        <source>Part of</source>
        <translation>Part of</translation>
    </message>
    <message>
        <source>May overlap</source>
        <translation>May overlap</translation>
    </message>
    <message>
        <source>Saves this deal and starts the next one from the same sources, with the same date</source>
        <translation>Saves this deal and starts the next one from the same sources, with the same date</translation>
    </message>
    <message>
        <source>%1 saved: %2 → %3. The next deal keeps the sources and the date.</source>
        <comment>deal id, from, to</comment>
        <translation>%1 saved: %2 → %3. The next deal keeps the sources and the date.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Save and Add A&amp;nother</source>
        <translation>Save and Add A&amp;nother</translation>
    </message>
</context>
<context>
    <name>DealFilterBar</name>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>any date</translation>
    </message>
    <message>
        <source>Only figures backed by a primary source or news outlet</source>
        <translation>Only figures backed by a primary source or news outlet</translation>
    </message>
    <message>
        <source>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</source>
        <translation>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</translation>
    </message>
</context>
<context>
    <name>DealMerge</name>
    <message>
        <source>Another figure for deal %1.</source>
        <translation>Another figure for deal %1.</translation>
    </message>
</context>
<context>
    <name>DealTableModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Unknown deal kind.</source>
        <translation>Unknown deal kind.</translation>
    </message>
    <message>
        <source>Amount (in billions of USD): %1</source>
        <translation>Amount (in billions of USD): %1</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>superseded by</translation>
    </message>
    <message>
        <source>includes</source>
        <comment>deal relation: the deals that are part of this one</comment>
        <translation>includes</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <comment>deal ids</comment>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3 → %4, %5, %6</source>
        <comment>relation, deal id, from, to, date, amount</comment>
        <translation>%1 %2: %3 → %4, %5, %6</translation>
    </message>
    <message>
        <source>%1 %2 (not in this document)</source>
        <translation>%1 %2 (not in this document)</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
</context>
<context>
    <name>DocumentFilesMessages</name>
    <message>
        <source>not enough memory to read the file: it is %1 and reading it needs about %2</source>
        <translation>not enough memory to read the file: it is %1 and reading it needs about %2</translation>
    </message>
    <message>
        <source>opening was cancelled</source>
        <translation>opening was cancelled</translation>
    </message>
    <message>
        <source>CapFlow exports this format but does not open it; open a %1 file</source>
        <translation>CapFlow exports this format but does not open it; open a %1 file</translation>
    </message>
    <message>
        <source>the file could not be produced; nothing was written</source>
        <translation>the file could not be produced; nothing was written</translation>
    </message>
    <message>
        <source>CapFlow cannot tell what this file is; it reads %1 files</source>
        <translation>CapFlow cannot tell what this file is; it reads %1 files</translation>
    </message>
    <message>
        <source>CapFlow cannot read .%1 files; it reads %2 files</source>
        <translation>CapFlow cannot read .%1 files; it reads %2 files</translation>
    </message>
</context>
<context>
    <name>DocumentLifecycle</name>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>AI capital flows (bundled dataset)</source>
        <translation>AI capital flows (bundled dataset)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>File in use</source>
        <translation>File in use</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 is already open for editing in another CapFlow window (%2).&lt;/p&gt;&lt;p&gt;If both edit it, one would silently overwrite the other&apos;s changes. You can open it read-only here and save your changes under another name.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 is already open for editing in another CapFlow window (%2).&lt;/p&gt;&lt;p&gt;If both edit it, one would silently overwrite the other&apos;s changes. You can open it read-only here and save your changes under another name.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Open &amp;Read-Only</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s)</source>
        <translation>
            <numerusform>… and %n more problem</numerusform>
            <numerusform>… and %n more problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Cannot open file</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 could not be opened; the current document is unchanged.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 could not be opened; the current document is unchanged.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>deals</source>
        <translation>deals</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>%1 is open for editing in another CapFlow window (%2); choose another name.</source>
        <translation>%1 is open for editing in another CapFlow window (%2); choose another name.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>The document “%1” has been modified.
Do you want to save your changes?</source>
        <translation>The document “%1” has been modified.
Do you want to save your changes?</translation>
    </message>
    <message>
        <source>an unsaved document</source>
        <translation>an unsaved document</translation>
    </message>
    <message>
        <source>Recover unsaved changes</source>
        <translation>Recover unsaved changes</translation>
    </message>
    <message>
        <source>&lt;p&gt;CapFlow did not close properly last time.&lt;/p&gt;&lt;p&gt;Unsaved changes to %1, last written %2, were kept. Restore them?&lt;/p&gt;</source>
        <translation>&lt;p&gt;CapFlow did not close properly last time.&lt;/p&gt;&lt;p&gt;Unsaved changes to %1, last written %2, were kept. Restore them?&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Discard</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No recent files</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>&amp;Clear List</translation>
    </message>
    <message>
        <source>Recovery copy written again (%1)</source>
        <translation>Recovery copy written again (%1)</translation>
    </message>
    <message>
        <source>Recovery copies now go to %1, because %2</source>
        <translation>Recovery copies now go to %1, because %2</translation>
    </message>
    <message numerus="yes">
        <source>Recovery copy could not be written (%1); retrying in %n second(s)</source>
        <translation>
            <numerusform>Recovery copy could not be written (%1); retrying in %n second</numerusform>
            <numerusform>Recovery copy could not be written (%1); retrying in %n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>Recovery copy not written</source>
        <translation>Recovery copy not written</translation>
    </message>
    <message>
        <source>&lt;p&gt;CapFlow could not write the recovery copy of your unsaved changes, so a crash now would lose them.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;CapFlow keeps trying. Save the document, or free space in the folder, to be safe.&lt;/p&gt;</source>
        <translation>&lt;p&gt;CapFlow could not write the recovery copy of your unsaved changes, so a crash now would lose them.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;CapFlow keeps trying. Save the document, or free space in the folder, to be safe.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>File changed on disk</source>
        <translation>File changed on disk</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 was changed by another program since CapFlow opened or saved it.&lt;/p&gt;&lt;p&gt;Saving here would replace those changes with yours.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 was changed by another program since CapFlow opened or saved it.&lt;/p&gt;&lt;p&gt;Saving here would replace those changes with yours.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>&amp;Overwrite</translation>
    </message>
    <message>
        <source>&amp;Reload and Discard My Changes</source>
        <translation>&amp;Reload and Discard My Changes</translation>
    </message>
    <message>
        <source>%1 was still marked as open by %2, which has ended; that mark was removed</source>
        <translation>%1 was still marked as open by %2, which has ended; that mark was removed</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled; the current document is unchanged</source>
        <translation>Opening %1 was cancelled; the current document is unchanged</translation>
    </message>
    <message>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <source>Opening %1 (%2)…</source>
        <translation>Opening %1 (%2)…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>use the suffix %1</source>
        <translation>use the suffix %1</translation>
    </message>
</context>
<context>
    <name>DocumentLock</name>
    <message>
        <source>process %1 on %2</source>
        <translation>process %1 on %2</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>another process</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>New &amp;Deal…</source>
        <translation>New &amp;Deal…</translation>
    </message>
    <message>
        <source>Enter a deal by hand</source>
        <translation>Enter a deal by hand</translation>
    </message>
    <message>
        <source>New &amp;Company…</source>
        <translation>New &amp;Company…</translation>
    </message>
    <message>
        <source>New &amp;Valuation…</source>
        <translation>New &amp;Valuation…</translation>
    </message>
    <message>
        <source>&amp;Edit Selected…</source>
        <translation>&amp;Edit Selected…</translation>
    </message>
    <message>
        <source>D&amp;uplicate Deal</source>
        <translation>D&amp;uplicate Deal</translation>
    </message>
    <message>
        <source>De&amp;lete Selected</source>
        <translation>De&amp;lete Selected</translation>
    </message>
    <message>
        <source>Open &amp;Source in Browser</source>
        <translation>Open &amp;Source in Browser</translation>
    </message>
    <message>
        <source>Delete Company</source>
        <translation>Delete Company</translation>
    </message>
    <message>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>You can undo this with Edit ▸ Undo.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Delete %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n deal(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n deal will be deleted with it.</numerusform>
            <numerusform>Its %n deals will be deleted with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n valuation(s) will be deleted with it.</source>
        <translation>
            <numerusform>Its %n valuation will be deleted with it.</numerusform>
            <numerusform>Its %n valuations will be deleted with it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Editor</name>
    <message>
        <source>Add company %1</source>
        <translation>Add company %1</translation>
    </message>
    <message>
        <source>Edit company %1</source>
        <translation>Edit company %1</translation>
    </message>
    <message>
        <source>Delete company %1</source>
        <translation>Delete company %1</translation>
    </message>
    <message>
        <source>Add deal %1 → %2</source>
        <translation>Add deal %1 → %2</translation>
    </message>
    <message>
        <source>Edit deal %1 → %2</source>
        <translation>Edit deal %1 → %2</translation>
    </message>
    <message>
        <source>Delete deal %1 → %2</source>
        <translation>Delete deal %1 → %2</translation>
    </message>
    <message>
        <source>Add valuation of %1</source>
        <translation>Add valuation of %1</translation>
    </message>
    <message>
        <source>Edit valuation of %1</source>
        <translation>Edit valuation of %1</translation>
    </message>
    <message>
        <source>Delete valuation of %1</source>
        <translation>Delete valuation of %1</translation>
    </message>
    <message numerus="yes">
        <source>Move %n company(s)</source>
        <translation>
            <numerusform>Move %n company</numerusform>
            <numerusform>Move %n companies</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate deal %1 → %2</source>
        <translation>Duplicate deal %1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>Import %n deal(s) from %1</source>
        <translation>
            <numerusform>Import %n deal from %1</numerusform>
            <numerusform>Import %n deals from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit company aliases</source>
        <translation>Edit company aliases</translation>
    </message>
    <message>
        <source>Edit source ratings</source>
        <translation>Edit source ratings</translation>
    </message>
</context>
<context>
    <name>EntityDialog</name>
    <message>
        <source>Note (&amp;English):</source>
        <translation>Note (&amp;English):</translation>
    </message>
    <message>
        <source>Note (&amp;German):</source>
        <translation>Note (&amp;German):</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Current view (cannot be exported)</source>
        <translation>Current view (cannot be exported)</translation>
    </message>
    <message>
        <source>Current view: %1</source>
        <translation>Current view: %1</translation>
    </message>
    <message>
        <source>Report (title page, figures, deal table and sources; PDF)</source>
        <translation>Report (title page, figures, deal table and sources; PDF)</translation>
    </message>
    <message>
        <source>PDF (vector, for print)</source>
        <translation>PDF (vector, for print)</translation>
    </message>
    <message>
        <source>SVG (vector, for editing)</source>
        <translation>SVG (vector, for editing)</translation>
    </message>
    <message>
        <source>PNG (image)</source>
        <translation>PNG (image)</translation>
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
        <translation>Default title</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Resolution:</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Page size:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Export To</translation>
    </message>
    <message>
        <source>Figure size</source>
        <translation>Figure size</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>One page exactly the size of the figure on screen</source>
        <translation>One page exactly the size of the figure on screen</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Optional; drawn above the figure</source>
        <translation>Optional; drawn above the figure</translation>
    </message>
    <message>
        <source>%1 × %2 px at %3 dpi</source>
        <translation>%1 × %2 px at %3 dpi</translation>
    </message>
    <message>
        <source>%1 × %2 px (vector)</source>
        <translation>%1 × %2 px (vector)</translation>
    </message>
    <message>
        <source>%1 × %2 mm page</source>
        <translation>%1 × %2 mm page</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Cannot Export</translation>
    </message>
    <message>
        <source>Type the name of the file to export to.</source>
        <translation>Type the name of the file to export to.</translation>
    </message>
    <message>
        <source>The report is written as PDF only, and %1 names a %2 file. Choose a name ending in .pdf, or export the current view.</source>
        <translation>The report is written as PDF only, and %1 names a %2 file. Choose a name ending in .pdf, or export the current view.</translation>
    </message>
    <message>
        <source>%1 is a folder. Type the name of a file in it.</source>
        <translation>%1 is a folder. Type the name of a file in it.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>The folder %1 does not exist.</translation>
    </message>
    <message>
        <source>Overwrite File?</source>
        <translation>Overwrite File?</translation>
    </message>
    <message>
        <source>%1 already exists in %2. Do you want to replace it?</source>
        <translation>%1 already exists in %2. Do you want to replace it?</translation>
    </message>
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>the image is too large for memory</source>
        <translation>the image is too large for memory</translation>
    </message>
    <message>
        <source>the PNG could not be written</source>
        <translation>the PNG could not be written</translation>
    </message>
    <message>
        <source>Made with CapFlow</source>
        <translation>Made with CapFlow</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>the SVG could not be started</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
    <message>
        <source>unknown image format; use %1</source>
        <translation>unknown image format; use %1</translation>
    </message>
</context>
<context>
    <name>FileFormats</name>
    <message>
        <source>%1 or %2</source>
        <comment>the last of a list of file suffixes</comment>
        <translation>%1 or %2</translation>
    </message>
    <message>
        <source>CapFlow documents</source>
        <translation>CapFlow documents</translation>
    </message>
    <message>
        <source>CSV files of deals</source>
        <translation>CSV files of deals</translation>
    </message>
    <message>
        <source>GraphML files</source>
        <translation>GraphML files</translation>
    </message>
    <message>
        <source>GEXF files (Gephi)</source>
        <translation>GEXF files (Gephi)</translation>
    </message>
    <message>
        <source>Graphviz files</source>
        <translation>Graphviz files</translation>
    </message>
    <message>
        <source>PDF documents</source>
        <translation>PDF documents</translation>
    </message>
    <message>
        <source>SVG drawings</source>
        <translation>SVG drawings</translation>
    </message>
    <message>
        <source>PNG images</source>
        <translation>PNG images</translation>
    </message>
    <message>
        <source>CSV for Excel</source>
        <translation>CSV for Excel</translation>
    </message>
    <message>
        <source>Excel workbooks</source>
        <translation>Excel workbooks</translation>
    </message>
</context>
<context>
    <name>FlowTableModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>In (firm)</source>
        <translation>In (firm)</translation>
    </message>
    <message>
        <source>In (up to)</source>
        <translation>In (up to)</translation>
    </message>
    <message>
        <source>In (estimated)</source>
        <translation>In (estimated)</translation>
    </message>
    <message>
        <source>Out (firm)</source>
        <translation>Out (firm)</translation>
    </message>
    <message>
        <source>Out (up to)</source>
        <translation>Out (up to)</translation>
    </message>
    <message>
        <source>Out (estimated)</source>
        <translation>Out (estimated)</translation>
    </message>
    <message>
        <source>Net (firm)</source>
        <translation>Net (firm)</translation>
    </message>
    <message>
        <source>Undisclosed in / out</source>
        <translation>Undisclosed in / out</translation>
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
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
</context>
<context>
    <name>FlowsPainter</name>
    <message>
        <source>AI labs</source>
        <translation>AI labs</translation>
    </message>
    <message>
        <source>Cloud providers</source>
        <translation>Cloud providers</translation>
    </message>
    <message>
        <source>Chip makers</source>
        <translation>Chip makers</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investors</translation>
    </message>
    <message>
        <source>Conglomerates</source>
        <translation>Conglomerates</translation>
    </message>
    <message>
        <source>Other companies</source>
        <translation>Other companies</translation>
    </message>
    <message numerus="yes">
        <source>+%n undisclosed</source>
        <translation>
            <numerusform>+%n undisclosed</numerusform>
            <numerusform>+%n undisclosed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n more</source>
        <comment>companies of a kind not drawn on their own</comment>
        <translation>
            <numerusform>%1: %n more</numerusform>
            <numerusform>%1: %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Buyers outside the data</source>
        <translation>Buyers outside the data</translation>
    </message>
    <message>
        <source>committed or reported</source>
        <translation>committed or reported</translation>
    </message>
    <message>
        <source>up to (a ceiling)</source>
        <translation>up to (a ceiling)</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>undisclosed only</source>
        <translation>undisclosed only</translation>
    </message>
    <message>
        <source>arcs below: money flowing back against the layer order</source>
        <translation>arcs below: money flowing back against the layer order</translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation>in: %1</translation>
    </message>
    <message>
        <source>out: %1</source>
        <translation>out: %1</translation>
    </message>
    <message>
        <source>within the layer</source>
        <translation>within the layer</translation>
    </message>
    <message>
        <source>back against the layer order</source>
        <translation>back against the layer order</translation>
    </message>
    <message>
        <source>Committed or reported: %1</source>
        <translation>Committed or reported: %1</translation>
    </message>
    <message>
        <source>Up to (ceilings): %1</source>
        <translation>Up to (ceilings): %1</translation>
    </message>
    <message>
        <source>Estimated: %1</source>
        <translation>Estimated: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n undisclosed</source>
        <translation>
            <numerusform>%n undisclosed</numerusform>
            <numerusform>%n undisclosed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Largest:</source>
        <translation>Largest:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No money flows between the companies shown.</source>
        <translation>No money flows between the companies shown.</translation>
    </message>
    <message numerus="yes">
        <source>%n band(s) of money</source>
        <translation>
            <numerusform>%n band of money</numerusform>
            <numerusform>%n bands of money</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlowsWidget</name>
    <message>
        <source>Layers:</source>
        <translation>Layers:</translation>
    </message>
    <message>
        <source>By company kind</source>
        <translation>By company kind</translation>
    </message>
    <message>
        <source>By company</source>
        <translation>By company</translation>
    </message>
    <message>
        <source>Draw a layer for each kind of company, or the largest companies on their own</source>
        <translation>Draw a layer for each kind of company, or the largest companies on their own</translation>
    </message>
    <message>
        <source>Companies:</source>
        <translation>Companies:</translation>
    </message>
    <message>
        <source>How many of the companies with the most money are drawn on their own; the others are grouped by kind</source>
        <translation>How many of the companies with the most money are drawn on their own; the others are grouped by kind</translation>
    </message>
    <message>
        <source>Order:</source>
        <translation>Order:</translation>
    </message>
    <message>
        <source>Drag the layers into the order the money should flow from left to right (or Alt+Left and Alt+Right)</source>
        <translation>Drag the layers into the order the money should flow from left to right (or Alt+Left and Alt+Right)</translation>
    </message>
    <message>
        <source>Default Order</source>
        <translation>Default Order</translation>
    </message>
    <message>
        <source>Investors, conglomerates, AI labs, cloud providers, chip makers, other companies</source>
        <translation>Investors, conglomerates, AI labs, cloud providers, chip makers, other companies</translation>
    </message>
    <message>
        <source>Flow diagram</source>
        <translation>Flow diagram</translation>
    </message>
</context>
<context>
    <name>FuzzyDateEdit</name>
    <message>
        <source>Type the date as %1; the precision follows</source>
        <translation>Type the date as %1; the precision follows</translation>
    </message>
    <message>
        <source>How precisely the date is known</source>
        <translation>How precisely the date is known</translation>
    </message>
    <message>
        <source>Enter a date, as %1.</source>
        <translation>Enter a date, as %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is less precise than “%2”; type more, or choose “%3”.</source>
        <translation>&quot;%1&quot; is less precise than “%2”; type more, or choose “%3”.</translation>
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
        <translation>graphs are nested more than %1 deep</translation>
    </message>
    <message>
        <source>nodes are nested more than %1 deep</source>
        <translation>nodes are nested more than %1 deep</translation>
    </message>
    <message>
        <source>a node without an id</source>
        <translation>a node without an id</translation>
    </message>
    <message>
        <source>duplicate node id &quot;%1&quot;</source>
        <translation>duplicate node id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>malformed valuation &quot;%1&quot; (expected DATE=USD KIND such as 2025-01-15=300000000000 post_money)</source>
        <translation>malformed valuation &quot;%1&quot; (expected DATE=USD KIND such as 2025-01-15=300000000000 post_money)</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has no %2</source>
        <translation>edge &quot;%1&quot; has no %2</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has the unknown %2 node &quot;%3&quot;</source>
        <translation>edge &quot;%1&quot; has the unknown %2 node &quot;%3&quot;</translation>
    </message>
    <message>
        <source>unknown date precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown date precision &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>edge &quot;%1&quot; has no date; CapFlow needs one for each deal (a &quot;date&quot; attribute, or a GEXF start or spell)</source>
        <translation>edge &quot;%1&quot; has no date; CapFlow needs one for each deal (a &quot;date&quot; attribute, or a GEXF start or spell)</translation>
    </message>
    <message>
        <source>invalid date &quot;%1&quot; of edge &quot;%2&quot; (expected YYYY-MM-DD)</source>
        <translation>invalid date &quot;%1&quot; of edge &quot;%2&quot; (expected YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>date %1 is not the first day of its %2</source>
        <translation>date %1 is not the first day of its %2</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; of edge &quot;%2&quot; must not be negative</source>
        <translation>amount &quot;%1&quot; of edge &quot;%2&quot; must not be negative</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected billions of USD such as 2.5)</source>
        <translation>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected billions of USD such as 2.5)</translation>
    </message>
    <message>
        <source>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected whole US dollars, digits only)</source>
        <translation>malformed amount &quot;%1&quot; of edge &quot;%2&quot; (expected whole US dollars, digits only)</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</source>
        <translation>amount &quot;%1&quot; is larger than CapFlow accepts (at most %2 USD)</translation>
    </message>
    <message>
        <source>the amounts of the deals up to here add up to more than CapFlow can add exactly</source>
        <translation>the amounts of the deals up to here add up to more than CapFlow can add exactly</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown amount kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>malformed capacity &quot;%1&quot; (expected gigawatts such as 1.5)</source>
        <translation>malformed capacity &quot;%1&quot; (expected gigawatts such as 1.5)</translation>
    </message>
    <message>
        <source>malformed XML: %1</source>
        <translation>malformed XML: %1</translation>
    </message>
    <message>
        <source>the file has no XML element; expected GraphML or GEXF</source>
        <translation>the file has no XML element; expected GraphML or GEXF</translation>
    </message>
    <message>
        <source>not a GraphML or GEXF file: the root element is &lt;%1&gt;</source>
        <translation>not a GraphML or GEXF file: the root element is &lt;%1&gt;</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>--companies: no company named %1 in %2</source>
        <translation>--companies: no company named %1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n deal(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n deal)</numerusform>
            <numerusform>Wrote %1 (%n deals)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no problems found (%2, %3, %4)</source>
        <translation>%1: no problems found (%2, %3, %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
    <message>
        <source>Try &apos;capflow --help&apos; for more information.</source>
        <translation>Try &apos;capflow --help&apos; for more information.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
    </message>
    <message>
        <source>--export-report: the report is a PDF; give &quot;%1&quot; the suffix .pdf</source>
        <translation>--export-report: the report is a PDF; give &quot;%1&quot; the suffix .pdf</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>the file is open for editing in CapFlow (%1); close it there or choose another name</source>
        <translation>the file is open for editing in CapFlow (%1); close it there or choose another name</translation>
    </message>
    <message>
        <source>not enough memory (%1 available); the file is %2</source>
        <translation>not enough memory (%1 available); the file is %2</translation>
    </message>
    <message>
        <source>--export-data: cannot tell the format of &quot;%1&quot;; use %2</source>
        <translation>--export-data: cannot tell the format of &quot;%1&quot;; use %2</translation>
    </message>
    <message>
        <source>%1: cannot tell the format of &quot;%2&quot;; use %3</source>
        <translation>%1: cannot tell the format of &quot;%2&quot;; use %3</translation>
    </message>
    <message>
        <source>--import-mapping: %1 is a graph file, which is read without a mapping</source>
        <translation>--import-mapping: %1 is a graph file, which is read without a mapping</translation>
    </message>
    <message>
        <source>not a mapping file (invalid JSON: %1)</source>
        <translation>not a mapping file (invalid JSON: %1)</translation>
    </message>
    <message>
        <source>the data could not be produced</source>
        <translation>the data could not be produced</translation>
    </message>
    <message>
        <source>--paths: no company named %1 in %2</source>
        <translation>--paths: no company named %1 in %2</translation>
    </message>
    <message>
        <source>--paths: FROM and TO are the same company (%1); --analyze lists its circular flows.</source>
        <translation>--paths: FROM and TO are the same company (%1); --analyze lists its circular flows.</translation>
    </message>
</context>
<context>
    <name>ImportAmount</name>
    <message>
        <source>“%1” is not in US dollars; CapFlow keeps amounts in USD</source>
        <translation>“%1” is not in US dollars; CapFlow keeps amounts in USD</translation>
    </message>
    <message>
        <source>“%1” is negative; amounts are never negative</source>
        <translation>“%1” is negative; amounts are never negative</translation>
    </message>
    <message>
        <source>“%1” is not a number in the German style (1.234,5)</source>
        <translation>“%1” is not a number in the German style (1.234,5)</translation>
    </message>
    <message>
        <source>“%1” is not a number in the English style (1,234.5)</source>
        <translation>“%1” is not a number in the English style (1,234.5)</translation>
    </message>
    <message>
        <source>“%1” is not an amount</source>
        <translation>“%1” is not an amount</translation>
    </message>
    <message>
        <source>“%1” is too large or finer than one dollar</source>
        <translation>“%1” is too large or finer than one dollar</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Deals</source>
        <translation>Import Deals</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>No file chosen</translation>
    </message>
    <message>
        <source>Choose File…</source>
        <translation>Choose File…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>1,234.5 (English)</source>
        <translation>1,234.5 (English)</translation>
    </message>
    <message>
        <source>1.234,5 (German)</source>
        <translation>1.234,5 (German)</translation>
    </message>
    <message>
        <source>Encoding:</source>
        <translation>Encoding:</translation>
    </message>
    <message>
        <source>Separator:</source>
        <translation>Separator:</translation>
    </message>
    <message>
        <source>Sheet:</source>
        <translation>Sheet:</translation>
    </message>
    <message>
        <source>Numbers:</source>
        <translation>Numbers:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columns</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>Remember this mapping</source>
        <translation>Remember this mapping</translation>
    </message>
    <message>
        <source>Use the same columns the next time a file with this header is imported</source>
        <translation>Use the same columns the next time a file with this header is imported</translation>
    </message>
    <message>
        <source>Save Mapping…</source>
        <translation>Save Mapping…</translation>
    </message>
    <message>
        <source>Save the mapping as a file for capflow --import-mapping</source>
        <translation>Save the mapping as a file for capflow --import-mapping</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Preset:</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>US dollars</translation>
    </message>
    <message>
        <source>Thousands of USD</source>
        <translation>Thousands of USD</translation>
    </message>
    <message>
        <source>Millions of USD</source>
        <translation>Millions of USD</translation>
    </message>
    <message>
        <source>Billions of USD</source>
        <translation>Billions of USD</translation>
    </message>
    <message>
        <source>A unit written in the cell (“bn”, “Mrd.”, “million”) wins over this one</source>
        <translation>A unit written in the cell (“bn”, “Mrd.”, “million”) wins over this one</translation>
    </message>
    <message>
        <source>One payer per row</source>
        <translation>One payer per row</translation>
    </message>
    <message>
        <source>A list: one syndicate deal with the whole amount</source>
        <translation>A list: one syndicate deal with the whole amount</translation>
    </message>
    <message>
        <source>A list: one deal per investor, amounts undisclosed</source>
        <translation>A list: one deal per investor, amounts undisclosed</translation>
    </message>
    <message>
        <source>https://… (for rows without a source)</source>
        <translation>https://… (for rows without a source)</translation>
    </message>
    <message>
        <source>Title of that source</source>
        <translation>Title of that source</translation>
    </message>
    <message>
        <source>Amounts in:</source>
        <translation>Amounts in:</translation>
    </message>
    <message>
        <source>Payer column holds:</source>
        <translation>Payer column holds:</translation>
    </message>
    <message>
        <source>Source for deals without one:</source>
        <translation>Source for deals without one:</translation>
    </message>
    <message>
        <source>In the document</source>
        <translation>In the document</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In the file</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</source>
        <translation>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>(the file)</source>
        <translation>(the file)</translation>
    </message>
    <message>
        <source>— not imported —</source>
        <translation>— not imported —</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>Chosen by you.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check this:&lt;/b&gt; the amounts could be read both ways (“2.500” is 2,500 in German and 2.5 in English); this was chosen from the file&apos;s separator.</source>
        <translation>&lt;b&gt;Check this:&lt;/b&gt; the amounts could be read both ways (“2.500” is 2,500 in German and 2.5 in English); this was chosen from the file&apos;s separator.</translation>
    </message>
    <message>
        <source>Detected from the amounts in the file.</source>
        <translation>Detected from the amounts in the file.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 graph: nodes become companies, edges deals.</source>
        <translation>%1 graph: nodes become companies, edges deals.</translation>
    </message>
    <message>
        <source>Attributes CapFlow has no field for are kept in the notes: %1.</source>
        <translation>Attributes CapFlow has no field for are kept in the notes: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The file&apos;s %n valuation(s) are not imported; add them in the Valuations table.</source>
        <translation>
            <numerusform>The file&apos;s %n valuation are not imported; add them in the Valuations table.</numerusform>
            <numerusform>The file&apos;s %n valuations are not imported; add them in the Valuations table.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Choose a file to import: CSV or other delimited text, an Excel workbook (.xlsx), GraphML or GEXF.</source>
        <translation>Choose a file to import: CSV or other delimited text, an Excel workbook (.xlsx), GraphML or GEXF.</translation>
    </message>
    <message>
        <source>Reading was canceled; nothing will be imported.</source>
        <translation>Reading was canceled; nothing will be imported.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>%n row read</numerusform>
            <numerusform>%n rows read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with problems</source>
        <translation>
            <numerusform>%n with problems</numerusform>
            <numerusform>%n with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>the file cannot be imported: %1</source>
        <translation>the file cannot be imported: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n new deal(s)</source>
        <translation>
            <numerusform>%n new deal</numerusform>
            <numerusform>%n new deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the document (skipped)</source>
        <translation>
            <numerusform>%n already in the document (skipped)</numerusform>
            <numerusform>%n already in the document (skipped)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n near-duplicate(s): choose below</source>
        <translation>
            <numerusform>%n near-duplicate: choose below</numerusform>
            <numerusform>%n near-duplicates: choose below</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>no deals found</source>
        <translation>no deals found</translation>
    </message>
    <message numerus="yes">
        <source>Skip the %n row(s) with problems and import the rest</source>
        <translation>
            <numerusform>Skip the %n row with problems and import the rest</numerusform>
            <numerusform>Skip the %n rows with problems and import the rest</numerusform>
        </translation>
    </message>
    <message>
        <source>The document&apos;s deal</source>
        <translation>The document&apos;s deal</translation>
    </message>
    <message>
        <source>The file&apos;s figure instead</source>
        <translation>The file&apos;s figure instead</translation>
    </message>
    <message>
        <source>Both, as two deals</source>
        <translation>Both, as two deals</translation>
    </message>
    <message>
        <source>The deals could not be merged into the document.</source>
        <translation>The deals could not be merged into the document.</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Save Mapping</translation>
    </message>
    <message>
        <source>Import mappings (*.json)</source>
        <translation>Import mappings (*.json)</translation>
    </message>
    <message>
        <source>%1 (“%2”)</source>
        <comment>a company of the document and its name in the file</comment>
        <translation>%1 (“%2”)</translation>
    </message>
    <message numerus="yes">
        <source>%n new company(s): %1</source>
        <translation>
            <numerusform>%n new company: %1</numerusform>
            <numerusform>%n new companies: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Company &amp;Aliases…</source>
        <translation>Company &amp;Aliases…</translation>
    </message>
    <message>
        <source>Other names a company of this document goes by in files to import</source>
        <translation>Other names a company of this document goes by in files to import</translation>
    </message>
    <message>
        <source>Reading %1 was canceled.</source>
        <translation>Reading %1 was canceled.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>Deal id</source>
        <translation>Deal id</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date precision</source>
        <translation>Date precision</translation>
    </message>
    <message>
        <source>From (payer, investor)</source>
        <translation>From (payer, investor)</translation>
    </message>
    <message>
        <source>To (receiver)</source>
        <translation>To (receiver)</translation>
    </message>
    <message>
        <source>Deal kind</source>
        <translation>Deal kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation>Amount is</translation>
    </message>
    <message>
        <source>Note (English)</source>
        <translation>Note (English)</translation>
    </message>
    <message>
        <source>Note (German)</source>
        <translation>Note (German)</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Source URL</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Source title</translation>
    </message>
    <message>
        <source>Crunchbase-style funding rounds</source>
        <translation>Crunchbase-style funding rounds</translation>
    </message>
    <message>
        <source>CapFlow CSV</source>
        <translation>CapFlow CSV</translation>
    </message>
    <message>
        <source>not a CapFlow import mapping: &quot;format&quot; must be &quot;capflow-import-mapping&quot;</source>
        <translation>not a CapFlow import mapping: &quot;format&quot; must be &quot;capflow-import-mapping&quot;</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; in &quot;columns&quot;</source>
        <translation>unknown field &quot;%1&quot; in &quot;columns&quot;</translation>
    </message>
    <message>
        <source>the column for &quot;%1&quot; must be a non-empty string</source>
        <translation>the column for &quot;%1&quot; must be a non-empty string</translation>
    </message>
    <message>
        <source>unknown unit &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown unit &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>unknown number style &quot;%1&quot; (expected &quot;1,234.5&quot; or &quot;1.234,5&quot;)</source>
        <translation>unknown number style &quot;%1&quot; (expected &quot;1,234.5&quot; or &quot;1.234,5&quot;)</translation>
    </message>
    <message>
        <source>unknown investors mode &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown investors mode &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown deal kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown amount kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
</context>
<context>
    <name>ImportanceModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Betweenness</source>
        <translation>Betweenness</translation>
    </message>
    <message>
        <source>Weighted in (firm)</source>
        <translation>Weighted in (firm)</translation>
    </message>
    <message>
        <source>Weighted out (firm)</source>
        <translation>Weighted out (firm)</translation>
    </message>
    <message>
        <source>Deals in / out</source>
        <translation>Deals in / out</translation>
    </message>
    <message>
        <source>Largest source</source>
        <translation>Largest source</translation>
    </message>
    <message>
        <source>Concentration</source>
        <translation>Concentration</translation>
    </message>
    <message>
        <source>Shortest money paths between other companies that run through this one (normalised: %1)</source>
        <translation>Shortest money paths between other companies that run through this one (normalised: %1)</translation>
    </message>
    <message>
        <source>Share of the firm inflow that comes from the largest single source</source>
        <translation>Share of the firm inflow that comes from the largest single source</translation>
    </message>
</context>
<context>
    <name>KindNames</name>
    <message>
        <source>AI lab</source>
        <translation>AI lab</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>Cloud provider</translation>
    </message>
    <message>
        <source>Chip maker</source>
        <translation>Chip maker</translation>
    </message>
    <message>
        <source>Investor</source>
        <translation>Investor</translation>
    </message>
    <message>
        <source>Conglomerate</source>
        <translation>Conglomerate</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Equity</source>
        <translation>Equity</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Compute</translation>
    </message>
    <message>
        <source>Chips</source>
        <translation>Chips</translation>
    </message>
    <message>
        <source>Partnership</source>
        <translation>Partnership</translation>
    </message>
    <message>
        <source>Divestment</source>
        <translation>Divestment</translation>
    </message>
    <message>
        <source>Acquisition</source>
        <translation>Acquisition</translation>
    </message>
    <message>
        <source>Loan</source>
        <translation>Loan</translation>
    </message>
    <message>
        <source>committed</source>
        <translation>committed</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>up to</translation>
    </message>
    <message>
        <source>reported</source>
        <translation>reported</translation>
    </message>
    <message>
        <source>estimated</source>
        <translation>estimated</translation>
    </message>
    <message>
        <source>Post-money</source>
        <translation>Post-money</translation>
    </message>
    <message>
        <source>Secondary sale</source>
        <translation>Secondary sale</translation>
    </message>
    <message>
        <source>Market cap</source>
        <translation>Market cap</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Quarter</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>primary source</source>
        <translation>primary source</translation>
    </message>
    <message>
        <source>news outlet</source>
        <translation>news outlet</translation>
    </message>
    <message>
        <source>trade press</source>
        <translation>trade press</translation>
    </message>
    <message>
        <source>unrated</source>
        <translation>unrated</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>supersedes</translation>
    </message>
    <message>
        <source>part of</source>
        <translation>part of</translation>
    </message>
    <message>
        <source>may overlap</source>
        <translation>may overlap</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>System language</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Open a CapFlow document or a CSV file of deals</source>
        <translation>Open a CapFlow document or a CSV file of deals</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>Save the document under a new name</source>
        <translation>Save the document under a new name</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About CapFlow</source>
        <translation>&amp;About CapFlow</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>About &amp;Qt</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Search deals (company, kind, note)…</source>
        <translation>Search deals (company, kind, note)…</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
    <message>
        <source>About CapFlow</source>
        <translation>About CapFlow</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Shows how capital flows through the AI industry: who invests in whom, who buys whose compute and chips, and whether the money comes back round.&lt;/p&gt;&lt;p&gt;The bundled dataset is compiled from published news reports; every deal names its sources.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CapFlow %1&lt;/h3&gt;&lt;p&gt;Shows how capital flows through the AI industry: who invests in whom, who buys whose compute and chips, and whether the money comes back round.&lt;/p&gt;&lt;p&gt;The bundled dataset is compiled from published news reports; every deal names its sources.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;New</translation>
    </message>
    <message>
        <source>Start a new, empty document</source>
        <translation>Start a new, empty document</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>Valuations</source>
        <translation>Valuations</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (read-only)</translation>
    </message>
    <message>
        <source>%1[*] — CapFlow</source>
        <translation>%1[*] — CapFlow</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Deal network</source>
        <translation>Deal network</translation>
    </message>
    <message>
        <source>Import Deals</source>
        <translation>Import Deals</translation>
    </message>
    <message>
        <source>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</source>
        <translation>Tables and graphs (*.csv *.tsv *.txt *.xlsx *.graphml *.gexf);;All files (*)</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Import…</translation>
    </message>
    <message>
        <source>Add deals from a spreadsheet (CSV, .xlsx) or a graph file (GraphML, GEXF) to this document</source>
        <translation>Add deals from a spreadsheet (CSV, .xlsx) or a graph file (GraphML, GEXF) to this document</translation>
    </message>
    <message>
        <source>Source &amp;Ratings…</source>
        <translation>Source &amp;Ratings…</translation>
    </message>
    <message>
        <source>Rate how far the publishers of this document&apos;s sources can be trusted</source>
        <translation>Rate how far the publishers of this document&apos;s sources can be trusted</translation>
    </message>
    <message>
        <source>Deals from Article</source>
        <translation>Deals from Article</translation>
    </message>
    <message>
        <source>Deals from &amp;Article…</source>
        <translation>Deals from &amp;Article…</translation>
    </message>
    <message>
        <source>Paste a news article and accept the deals and valuations it states</source>
        <translation>Paste a news article and accept the deals and valuations it states</translation>
    </message>
    <message>
        <source>&amp;Analysis</source>
        <translation>&amp;Analysis</translation>
    </message>
    <message>
        <source>Money &amp;Paths…</source>
        <translation>Money &amp;Paths…</translation>
    </message>
    <message>
        <source>Every path of deals by which money flows from one company to another</source>
        <translation>Every path of deals by which money flows from one company to another</translation>
    </message>
    <message>
        <source>&amp;Compare Dates…</source>
        <translation>&amp;Compare Dates…</translation>
    </message>
    <message>
        <source>What changed between two dates: new deals, companies and valuations</source>
        <translation>What changed between two dates: new deals, companies and valuations</translation>
    </message>
    <message>
        <source>&amp;Keyboard and Symbols</source>
        <translation>&amp;Keyboard and Symbols</translation>
    </message>
    <message>
        <source>Valuation timeline</source>
        <translation>Valuation timeline</translation>
    </message>
    <message>
        <source>&amp;Find Company</source>
        <translation>&amp;Find Company</translation>
    </message>
    <message>
        <source>Search for a company in the network (or for deals in the table)</source>
        <translation>Search for a company in the network (or for deals in the table)</translation>
    </message>
    <message>
        <source>Keyboard and Symbols</source>
        <translation>Keyboard and Symbols</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the network&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous company by name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the nearest company in that direction&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down&lt;/b&gt;, &lt;b&gt;Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;through the selected company&apos;s deals&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;on a deal: to the company it pays (&lt;b&gt;Shift+Enter&lt;/b&gt;: to the payer); on a company: its details&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom in, zoom out, fit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave the network&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Everywhere&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a company (Enter takes the best match: &quot;nvid&quot; finds Nvidia)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new deal, new valuation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deals from an article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;money paths, compare two dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;, &lt;b&gt;Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo, redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Symbols&lt;/h3&gt;&lt;p&gt;A company&apos;s colour is its kind, its size the measure chosen under &quot;Size&quot;. An arrow points the way the money flows, coloured by the deal&apos;s kind: solid for committed or reported amounts, dashed for up-to or estimated ones, dotted when undisclosed, faded when another deal supersedes it. Merged parallel deals draw their firm money as the line and their up-to money as a dashed halo. A divestment&apos;s arrow points to the seller, who is paid by buyers outside the network.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;In the network&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;Shift+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous company by name&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;the nearest company in that direction&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Page Down&lt;/b&gt;, &lt;b&gt;Page Up&lt;/b&gt;&lt;/td&gt;&lt;td&gt;through the selected company&apos;s deals&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;on a deal: to the company it pays (&lt;b&gt;Shift+Enter&lt;/b&gt;: to the payer); on a company: its details&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear the selection&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;+&lt;/b&gt;, &lt;b&gt;−&lt;/b&gt;, &lt;b&gt;0&lt;/b&gt;&lt;/td&gt;&lt;td&gt;zoom in, zoom out, fit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Tab&lt;/b&gt;&lt;/td&gt;&lt;td&gt;leave the network&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Everywhere&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+F&lt;/b&gt;&lt;/td&gt;&lt;td&gt;find a company (Enter takes the best match: &quot;nvid&quot; finds Nvidia)&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+D&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+D&lt;/b&gt;&lt;/td&gt;&lt;td&gt;new deal, new valuation&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+A&lt;/b&gt;&lt;/td&gt;&lt;td&gt;deals from an article&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Shift+M&lt;/b&gt;, &lt;b&gt;Ctrl+Shift+K&lt;/b&gt;&lt;/td&gt;&lt;td&gt;money paths, compare two dates&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Ctrl+Z&lt;/b&gt;, &lt;b&gt;Ctrl+Y&lt;/b&gt;&lt;/td&gt;&lt;td&gt;undo, redo&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;h3&gt;Symbols&lt;/h3&gt;&lt;p&gt;A company&apos;s colour is its kind, its size the measure chosen under &quot;Size&quot;. An arrow points the way the money flows, coloured by the deal&apos;s kind: solid for committed or reported amounts, dashed for up-to or estimated ones, dotted when undisclosed, faded when another deal supersedes it. Merged parallel deals draw their firm money as the line and their up-to money as a dashed halo. A divestment&apos;s arrow points to the seller, who is paid by buyers outside the network.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Flows</source>
        <translation>Flows</translation>
    </message>
    <message>
        <source>Capital flows</source>
        <translation>Capital flows</translation>
    </message>
    <message>
        <source>&lt;h3&gt;In the flow diagram&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select the band&apos;s deals in the table and the network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear what is lit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt;, &lt;b&gt;Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;in the layer order: move the layer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Bands run from payer to receiver, coloured by the deal&apos;s kind, as wide as their money: solid for committed or reported money, hatched for up-to ceilings, light for estimates. Arcs under the diagram carry money back against the layer order, so a circular flow shows as a loop.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;In the flow diagram&lt;/h3&gt;&lt;table cellspacing=&quot;4&quot;&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Tab&lt;/b&gt;, &lt;b&gt;arrow keys&lt;/b&gt;&lt;/td&gt;&lt;td&gt;next or previous band&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Enter&lt;/b&gt;&lt;/td&gt;&lt;td&gt;select the band&apos;s deals in the table and the network&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Escape&lt;/b&gt;&lt;/td&gt;&lt;td&gt;clear what is lit&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;b&gt;Alt+Left&lt;/b&gt;, &lt;b&gt;Alt+Right&lt;/b&gt;&lt;/td&gt;&lt;td&gt;in the layer order: move the layer&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;p&gt;Bands run from payer to receiver, coloured by the deal&apos;s kind, as wide as their money: solid for committed or reported money, hatched for up-to ceilings, light for estimates. Arcs under the diagram carry money back against the layer order, so a circular flow shows as a loop.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MoneyPathsDialog</name>
    <message>
        <source>No company is named &quot;%1&quot;.</source>
        <translation>No company is named &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Choose the company the money leaves and the one it reaches.</source>
        <translation>Choose the company the money leaves and the one it reaches.</translation>
    </message>
    <message>
        <source>Choose two different companies; the Analysis dock lists circular flows.</source>
        <translation>Choose two different companies; the Analysis dock lists circular flows.</translation>
    </message>
    <message>
        <source>Choose at least one deal kind.</source>
        <translation>Choose at least one deal kind.</translation>
    </message>
    <message numerus="yes">
        <source>No path of up to %n deal(s) leads from %1 to %2 through the network as filtered.</source>
        <translation>
            <numerusform>No path of up to %n deal leads from %1 to %2 through the network as filtered.</numerusform>
            <numerusform>No path of up to %n deals leads from %1 to %2 through the network as filtered.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n path(s), ranked by what can pass (the smallest deal on the way; exact only when every deal is a firm, disclosed amount).</source>
        <translation>
            <numerusform>%n path, ranked by what can pass (the smallest deal on the way; exact only when every deal is a firm, disclosed amount).</numerusform>
            <numerusform>%n paths, ranked by what can pass (the smallest deal on the way; exact only when every deal is a firm, disclosed amount).</numerusform>
        </translation>
    </message>
    <message>
        <source>The search stopped at its limit (%1 steps, %2 paths): there may be more paths; fewer deals per path find them all.</source>
        <translation>The search stopped at its limit (%1 steps, %2 paths): there may be more paths; fewer deals per path find them all.</translation>
    </message>
    <message>
        <source>Money Paths</source>
        <translation>Money Paths</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>At most &amp;deals per path:</source>
        <translation>At most &amp;deals per path:</translation>
    </message>
    <message>
        <source>⇄</source>
        <translation>⇄</translation>
    </message>
    <message>
        <source>Swap the companies</source>
        <translation>Swap the companies</translation>
    </message>
    <message>
        <source>&amp;Find Paths</source>
        <translation>&amp;Find Paths</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal kinds</translation>
    </message>
    <message>
        <source>Company the money leaves</source>
        <translation>Company the money leaves</translation>
    </message>
    <message>
        <source>Company it reaches</source>
        <translation>Company it reaches</translation>
    </message>
</context>
<context>
    <name>NetworkDealText</name>
    <message>
        <source>superseded by %1</source>
        <translation>superseded by %1</translation>
    </message>
    <message>
        <source>counted in %1</source>
        <comment>a deal whose money another deal includes</comment>
        <translation>counted in %1</translation>
    </message>
    <message>
        <source>part of %1 – not added</source>
        <comment>a deal whose money is inside another deal of the list</comment>
        <translation>part of %1 – not added</translation>
    </message>
    <message>
        <source>may overlap %1 – not added</source>
        <comment>a deal whose money may be inside another deal of the list</comment>
        <translation>may overlap %1 – not added</translation>
    </message>
    <message>
        <source>superseded by</source>
        <comment>followed by deal ids</comment>
        <translation>superseded by</translation>
    </message>
    <message>
        <source>includes</source>
        <comment>a deal whose money includes other deals; followed by deal ids</comment>
        <translation>includes</translation>
    </message>
    <message>
        <source>may include</source>
        <comment>a deal whose money may include other deals; followed by deal ids</comment>
        <translation>may include</translation>
    </message>
    <message>
        <source>sources disagree</source>
        <translation>sources disagree</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>what a source reports: amount (date)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>dated %1</source>
        <comment>the date a source gives</comment>
        <translation>dated %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>publisher, tier</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>publisher and tier: what the source reports</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 committed or reported</source>
        <translation>%1 committed or reported</translation>
    </message>
    <message>
        <source>up to %1 more (ceilings and estimates)</source>
        <translation>up to %1 more (ceilings and estimates)</translation>
    </message>
    <message>
        <source>Received: %1</source>
        <translation>Received: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Paid: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) shown</source>
        <translation>
            <numerusform>%n deal shown</numerusform>
            <numerusform>%n deals shown</numerusform>
        </translation>
    </message>
    <message>
        <source>no valuation in the data: drawn at the smallest size</source>
        <translation>no valuation in the data: drawn at the smallest size</translation>
    </message>
    <message>
        <source>Size (%1): %2</source>
        <translation>Size (%1): %2</translation>
    </message>
</context>
<context>
    <name>NetworkDetailsPanel</name>
    <message>
        <source>Click a company or a deal in the network to see its details here.</source>
        <translation>Click a company or a deal in the network to see its details here.</translation>
    </message>
    <message>
        <source>Latest valuation: %1 (%2)</source>
        <translation>Latest valuation: %1 (%2)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Firm</source>
        <translation>Firm</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>Up to</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Undisclosed</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Deals as payer or investor</source>
        <translation>Deals as payer or investor</translation>
    </message>
    <message>
        <source>Deals as receiver</source>
        <translation>Deals as receiver</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Amount kind</source>
        <translation>Amount kind</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) not added: superseded by or part of another deal listed</source>
        <translation>
            <numerusform>%n deal not added: superseded by or part of another deal listed</numerusform>
            <numerusform>%n deals not added: superseded by or part of another deal listed</numerusform>
        </translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>%1: %2 is shown</source>
        <comment>sources disagree: the figure shown</comment>
        <translation>%1: %2 is shown</translation>
    </message>
</context>
<context>
    <name>NetworkPainter</name>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>Deals (arrow: money flows)</source>
        <translation>Deals (arrow: money flows)</translation>
    </message>
    <message>
        <source>Several kinds</source>
        <translation>Several kinds</translation>
    </message>
    <message>
        <source>Amounts</source>
        <translation>Amounts</translation>
    </message>
    <message>
        <source>committed or reported</source>
        <translation>committed or reported</translation>
    </message>
    <message>
        <source>up to or estimated</source>
        <translation>up to or estimated</translation>
    </message>
    <message>
        <source>undisclosed</source>
        <translation>undisclosed</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Size: %1</translation>
    </message>
    <message>
        <source>superseded by another deal (not counted)</source>
        <translation>superseded by another deal (not counted)</translation>
    </message>
    <message>
        <source>firm, with up-to money around it</source>
        <translation>firm, with up-to money around it</translation>
    </message>
    <message>
        <source>%1 (paid to the seller)</source>
        <translation>%1 (paid to the seller)</translation>
    </message>
    <message>
        <source>no valuation in the data</source>
        <translation>no valuation in the data</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <source>Latest valuation</source>
        <translation>Latest valuation</translation>
    </message>
    <message>
        <source>Money received</source>
        <translation>Money received</translation>
    </message>
    <message>
        <source>Money paid</source>
        <translation>Money paid</translation>
    </message>
    <message>
        <source>Number of deals</source>
        <translation>Number of deals</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <source>Move %1</source>
        <translation>Move %1</translation>
    </message>
    <message>
        <source>Find Paths from %1…</source>
        <translation>Find Paths from %1…</translation>
    </message>
    <message>
        <source>Find Paths to %1…</source>
        <translation>Find Paths to %1…</translation>
    </message>
    <message>
        <source>Company %1, %2</source>
        <translation>Company %1, %2</translation>
    </message>
    <message>
        <source>Deal %1 from %2 to %3, %4</source>
        <translation>Deal %1 from %2 to %3, %4</translation>
    </message>
</context>
<context>
    <name>NetworkWidget</name>
    <message>
        <source>Find a company…</source>
        <translation>Find a company…</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>Merge parallel deals</source>
        <translation>Merge parallel deals</translation>
    </message>
    <message>
        <source>Draw all deals from one company to another as one edge with their count and sum</source>
        <translation>Draw all deals from one company to another as one edge with their count and sum</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>Lay out</source>
        <translation>Lay out</translation>
    </message>
    <message>
        <source>Lay the network out again; companies you moved stay where they are</source>
        <translation>Lay the network out again; companies you moved stay where they are</translation>
    </message>
    <message>
        <source>Force-directed</source>
        <translation>Force-directed</translation>
    </message>
    <message>
        <source>Circle by company kind</source>
        <translation>Circle by company kind</translation>
    </message>
    <message>
        <source>Layers: investors → AI labs → providers</source>
        <translation>Layers: investors → AI labs → providers</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Fit</translation>
    </message>
    <message>
        <source>Show the whole network (0)</source>
        <translation>Show the whole network (0)</translation>
    </message>
    <message>
        <source>Zoom level (wheel, + and -)</source>
        <translation>Zoom level (wheel, + and -)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>Show the network growing over time</source>
        <translation>Show the network growing over time</translation>
    </message>
    <message>
        <source>Deals from</source>
        <translation>Deals from</translation>
    </message>
    <message>
        <source>Deals until</source>
        <translation>Deals until</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal kinds</translation>
    </message>
    <message>
        <source>Company kinds</source>
        <translation>Company kinds</translation>
    </message>
    <message>
        <source>Minimum:</source>
        <translation>Minimum:</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation>Focus:</translation>
    </message>
    <message>
        <source>Whole network</source>
        <translation>Whole network</translation>
    </message>
    <message>
        <source>Selected company and partners</source>
        <translation>Selected company and partners</translation>
    </message>
    <message>
        <source>Selected company, 2 steps</source>
        <translation>Selected company, 2 steps</translation>
    </message>
    <message>
        <source>Only figures backed by a primary source or news outlet</source>
        <translation>Only figures backed by a primary source or news outlet</translation>
    </message>
    <message>
        <source>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</source>
        <translation>Hide deals whose sources are all trade press or unrated pages (aggregators, blogs); the tiers follow the document&apos;s ratings of publishers</translation>
    </message>
    <message>
        <source>As of…</source>
        <translation>As of…</translation>
    </message>
    <message>
        <source>Show the network, the timeline and the analysis as they stood on a date</source>
        <translation>Show the network, the timeline and the analysis as they stood on a date</translation>
    </message>
    <message>
        <source>All Dates</source>
        <translation>All Dates</translation>
    </message>
</context>
<context>
    <name>OverviewPanel</name>
    <message>
        <source>Untitled document</source>
        <translation>Untitled document</translation>
    </message>
    <message>
        <source>%1, %2 and %3.</source>
        <translation>%1, %2 and %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals from %1 to %2.</source>
        <translation>Deals from %1 to %2.</translation>
    </message>
    <message>
        <source>Largest deals</source>
        <translation>Largest deals</translation>
    </message>
</context>
<context>
    <name>PathTableModel</name>
    <message>
        <source>at most %1</source>
        <translation>at most %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unknown</translation>
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
        <translation>Rank</translation>
    </message>
    <message>
        <source>Path of the money</source>
        <translation>Path of the money</translation>
    </message>
    <message>
        <source>Can pass</source>
        <translation>Can pass</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Deals on the way</source>
        <translation>Deals on the way</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Export…</translation>
    </message>
    <message>
        <source>Export the current view as PDF, SVG or PNG, or the report as PDF</source>
        <translation>Export the current view as PDF, SVG or PNG, or the report as PDF</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the current view with its legend</source>
        <translation>Print the current view with its legend</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Print Pre&amp;view…</translation>
    </message>
    <message>
        <source>Preview the printout of the current view</source>
        <translation>Preview the printout of the current view</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>&amp;Print Report…</translation>
    </message>
    <message>
        <source>Print the report: title page, figures, deal table and sources</source>
        <translation>Print the report: title page, figures, deal table and sources</translation>
    </message>
    <message>
        <source>Print Pre&amp;view of Report…</source>
        <translation>Print Pre&amp;view of Report…</translation>
    </message>
    <message>
        <source>Preview the report page by page; change page size and orientation there</source>
        <translation>Preview the report page by page; change page size and orientation there</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Print Preview</translation>
    </message>
    <message>
        <source>Print Preview of Report</source>
        <translation>Print Preview of Report</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>Print Report</translation>
    </message>
    <message>
        <source>Printing the report…</source>
        <translation>Printing the report…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Writing the report…</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 could not be written: %2</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>Export the report as PDF: title page, figures as on screen, analyses, deal table and sources</source>
        <translation>Export the report as PDF: title page, figures as on screen, analyses, deal table and sources</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>The company is missing.</source>
        <translation>The company is missing.</translation>
    </message>
    <message>
        <source>The value is missing.</source>
        <translation>The value is missing.</translation>
    </message>
    <message>
        <source>The date is missing.</source>
        <translation>The date is missing.</translation>
    </message>
    <message>
        <source>Who pays (From) is missing.</source>
        <translation>Who pays (From) is missing.</translation>
    </message>
    <message>
        <source>Who receives (To) is missing.</source>
        <translation>Who receives (To) is missing.</translation>
    </message>
    <message>
        <source>From and To are the same company.</source>
        <translation>From and To are the same company.</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valuation</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1 (new)</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>From / company</source>
        <translation>From / company</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount (bn USD)</source>
        <translation>Amount (bn USD)</translation>
    </message>
    <message>
        <source>Amount is</source>
        <translation>Amount is</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Unknown kind of valuation.</source>
        <translation>Unknown kind of valuation.</translation>
    </message>
    <message>
        <source>Unknown deal kind.</source>
        <translation>Unknown deal kind.</translation>
    </message>
    <message>
        <source>Amount (in billions of USD): %1</source>
        <translation>Amount (in billions of USD): %1</translation>
    </message>
    <message>
        <source>Unknown kind of amount.</source>
        <translation>Unknown kind of amount.</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Unknown precision.</source>
        <translation>Unknown precision.</translation>
    </message>
    <message>
        <source>Enter the date first.</source>
        <translation>Enter the date first.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <source>Part of a total the text states for several deals.</source>
        <translation>Part of a total the text states for several deals.</translation>
    </message>
    <message>
        <source>Capacity: %1</source>
        <translation>Capacity: %1</translation>
    </message>
</context>
<context>
    <name>ReferenceImporterMessages</name>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>invalid valuation row</source>
        <translation>invalid valuation row</translation>
    </message>
    <message>
        <source>invalid relation row</source>
        <translation>invalid relation row</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Data: %1</source>
        <translation>Data: %1</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>As of %1</translation>
    </message>
    <message>
        <source>Capital flows in the AI industry</source>
        <translation>Capital flows in the AI industry</translation>
    </message>
    <message>
        <source>Data through %1</source>
        <translation>Data through %1</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>Companies coloured by kind; disc size: %1. Arrows point the way the money flows, coloured by deal kind; dashed: up-to or estimated amounts, dotted: undisclosed.</source>
        <translation>Companies coloured by kind; disc size: %1. Arrows point the way the money flows, coloured by deal kind; dashed: up-to or estimated amounts, dotted: undisclosed.</translation>
    </message>
    <message>
        <source>Deal network</source>
        <translation>Deal network</translation>
    </message>
    <message>
        <source>Valuation timeline</source>
        <translation>Valuation timeline</translation>
    </message>
    <message>
        <source>Valuations in billions of US dollars; markers below the axis show the companies&apos; deals, coloured by kind.</source>
        <translation>Valuations in billions of US dollars; markers below the axis show the companies&apos; deals, coloured by kind.</translation>
    </message>
    <message>
        <source>Capital flows by layer</source>
        <translation>Capital flows by layer</translation>
    </message>
    <message>
        <source>Who pays whom, layer by layer: band widths to one scale in US dollars, coloured by deal kind; solid: committed or reported, hatched: up-to ceilings, light: estimates. Arcs under the diagram carry money back against the layer order, the circular flows.</source>
        <translation>Who pays whom, layer by layer: band widths to one scale in US dollars, coloured by deal kind; solid: committed or reported, hatched: up-to ceilings, light: estimates. Arcs under the diagram carry money back against the layer order, the circular flows.</translation>
    </message>
</context>
<context>
    <name>ReportContents</name>
    <message>
        <source>%1 committed</source>
        <comment>amount of a deal</comment>
        <translation>%1 committed</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Valuation</source>
        <translation>Valuation</translation>
    </message>
    <message>
        <source>reports %1 (%2)</source>
        <comment>a source&apos;s own figure and date</comment>
        <translation>reports %1 (%2)</translation>
    </message>
    <message>
        <source>reports %1</source>
        <comment>a source&apos;s own figure</comment>
        <translation>reports %1</translation>
    </message>
    <message>
        <source>gives the date %1</source>
        <comment>a source&apos;s own date</comment>
        <translation>gives the date %1</translation>
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
        <translation>%1 valuation, %2</translation>
    </message>
    <message>
        <source>Untitled page</source>
        <translation>Untitled page</translation>
    </message>
    <message>
        <source>%1, untitled page</source>
        <comment>a source without a headline</comment>
        <translation>%1, untitled page</translation>
    </message>
    <message>
        <source>Where sources disagree</source>
        <translation>Where sources disagree</translation>
    </message>
    <message>
        <source>Deals and valuations whose sources report different figures: the figure the data uses, and what each source reports, best-rated sources first. Numbers in brackets refer to the list of sources.</source>
        <translation>Deals and valuations whose sources report different figures: the figure the data uses, and what each source reports, best-rated sources first. Numbers in brackets refer to the list of sources.</translation>
    </message>
    <message>
        <source>Deal or valuation</source>
        <translation>Deal or valuation</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>What the sources report</source>
        <translation>What the sources report</translation>
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
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>all dates</source>
        <translation>all dates</translation>
    </message>
    <message>
        <source>all kinds</source>
        <translation>all kinds</translation>
    </message>
    <message>
        <source>all companies</source>
        <translation>all companies</translation>
    </message>
    <message>
        <source>deals between %1</source>
        <translation>deals between %1</translation>
    </message>
    <message>
        <source>deals of at least %1 disclosed</source>
        <translation>deals of at least %1 disclosed</translation>
    </message>
    <message>
        <source>only deals backed by a primary source or a news outlet</source>
        <translation>only deals backed by a primary source or a news outlet</translation>
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
        <translation>Sources</translation>
    </message>
    <message>
        <source>No deals match the filter.</source>
        <translation>No deals match the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s), by date. From: who pays, invests or (for divestments) sells; To: who receives, or whose shares were sold. Numbers in brackets refer to the list of sources.</source>
        <translation>
            <numerusform>%n deal, by date. From: who pays, invests or (for divestments) sells; To: who receives, or whose shares were sold. Numbers in brackets refer to the list of sources.</numerusform>
            <numerusform>%n deals, by date. From: who pays, invests or (for divestments) sells; To: who receives, or whose shares were sold. Numbers in brackets refer to the list of sources.</numerusform>
        </translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Selection</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>No sources.</source>
        <translation>No sources.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>Valuations</source>
        <translation>Valuations</translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s) of the companies shown, by date. Numbers in brackets refer to the list of sources.</source>
        <translation>
            <numerusform>%n valuation of the companies shown, by date. Numbers in brackets refer to the list of sources.</numerusform>
            <numerusform>%n valuations of the companies shown, by date. Numbers in brackets refer to the list of sources.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportSummary</name>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Deal kinds</source>
        <translation>Deal kinds</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>Companies</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 and %3</translation>
    </message>
    <message numerus="yes">
        <source>%n company(s)</source>
        <translation>
            <numerusform>%n company</numerusform>
            <numerusform>%n companies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s)</source>
        <translation>
            <numerusform>%n deal</numerusform>
            <numerusform>%n deals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valuation(s)</source>
        <translation>
            <numerusform>%n valuation</numerusform>
            <numerusform>%n valuations</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals from %1 to %2</source>
        <translation>Deals from %1 to %2</translation>
    </message>
    <message>
        <source>Disclosed amounts by deal kind</source>
        <translation>Disclosed amounts by deal kind</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Committed or reported</source>
        <translation>Committed or reported</translation>
    </message>
    <message>
        <source>Up to (ceiling)</source>
        <translation>Up to (ceiling)</translation>
    </message>
    <message>
        <source>Estimated</source>
        <translation>Estimated</translation>
    </message>
    <message>
        <source>Undisclosed</source>
        <translation>Undisclosed</translation>
    </message>
    <message numerus="yes">
        <source>Left out of the sums: %n deal(s) counted in others or superseded.</source>
        <translation>
            <numerusform>Left out of the sums: %n deal counted in others or superseded.</numerusform>
            <numerusform>Left out of the sums: %n deals counted in others or superseded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from committed and reported amounts and are not added to them. A deal that another deal shown supersedes or contains (an aggregate commitment and its parts, a round and its tranches) is counted once, in that deal; where the data records no such relation amounts may still overlap, so the kinds are not meant to be added up. Undisclosed: deals without a published amount.</source>
        <translation>Sums of the amounts disclosed for each kind. Up-to amounts (ceilings) and estimates are kept apart from committed and reported amounts and are not added to them. A deal that another deal shown supersedes or contains (an aggregate commitment and its parts, a round and its tranches) is counted once, in that deal; where the data records no such relation amounts may still overlap, so the kinds are not meant to be added up. Undisclosed: deals without a published amount.</translation>
    </message>
    <message>
        <source>Company kinds</source>
        <translation>Company kinds</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>Minimum amount</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Deals in %1</source>
        <translation>Deals in %1</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>the PDF could not be started</source>
        <translation>the PDF could not be started</translation>
    </message>
</context>
<context>
    <name>SafeFiles</name>
    <message>
        <source>a folder</source>
        <translation>a folder</translation>
    </message>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation>a named pipe (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>a socket</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>a device</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>not a regular file</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>No space left on device</translation>
    </message>
    <message>
        <source>Disk quota exceeded</source>
        <translation>Disk quota exceeded</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Permission denied</translation>
    </message>
    <message>
        <source>Read-only file system</source>
        <translation>Read-only file system</translation>
    </message>
    <message>
        <source>File too large for this file system or this process&apos;s limit</source>
        <translation>File too large for this file system or this process&apos;s limit</translation>
    </message>
    <message>
        <source>No such file or folder</source>
        <translation>No such file or folder</translation>
    </message>
    <message>
        <source>A part of the path is not a folder</source>
        <translation>A part of the path is not a folder</translation>
    </message>
    <message>
        <source>Is a folder</source>
        <translation>Is a folder</translation>
    </message>
    <message>
        <source>File name too long</source>
        <translation>File name too long</translation>
    </message>
    <message>
        <source>Input/output error</source>
        <translation>Input/output error</translation>
    </message>
    <message>
        <source>Not enough memory</source>
        <translation>Not enough memory</translation>
    </message>
    <message>
        <source>no file name given</source>
        <translation>no file name given</translation>
    </message>
    <message>
        <source>this is %1, not a file; CapFlow does not write into it</source>
        <translation>this is %1, not a file; CapFlow does not write into it</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
    </message>
    <message>
        <source>this is %1, not a document file</source>
        <translation>this is %1, not a document file</translation>
    </message>
    <message>
        <source>the file is %1; reading it would need about %2 of memory, but only %3 is available</source>
        <translation>the file is %1; reading it would need about %2 of memory, but only %3 is available</translation>
    </message>
    <message>
        <source>not enough memory to read the file (%1)</source>
        <translation>not enough memory to read the file (%1)</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>cannot read the file: %1</translation>
    </message>
    <message>
        <source>showing its %1 deals among %2 companies would need about %3 more memory, but only %4 is available</source>
        <translation>showing its %1 deals among %2 companies would need about %3 more memory, but only %4 is available</translation>
    </message>
</context>
<context>
    <name>SourceCells</name>
    <message>
        <source>%1 on %2</source>
        <comment>what a source reports: amount and date</comment>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <source>dated %1</source>
        <comment>the date a source gives</comment>
        <translation>dated %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>publisher (tier)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>reports %1</source>
        <comment>a source&apos;s own figure</comment>
        <translation>reports %1</translation>
    </message>
    <message>
        <source>Sources disagree:</source>
        <translation>Sources disagree:</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Shown: %1</translation>
    </message>
</context>
<context>
    <name>SourceTiersDialog</name>
    <message>
        <source>Source Ratings</source>
        <translation>Source Ratings</translation>
    </message>
    <message>
        <source>How far each publisher can be trusted: the company itself (primary source), a news outlet, the trade press, or unrated (aggregators, blogs, machine-written pages). A rating here applies to this document; a single source&apos;s own rating in the deal or valuation dialog wins over it.</source>
        <translation>How far each publisher can be trusted: the company itself (primary source), a news outlet, the trade press, or unrated (aggregators, blogs, machine-written pages). A rating here applies to this document; a single source&apos;s own rating in the deal or valuation dialog wins over it.</translation>
    </message>
    <message>
        <source>Find a publisher or domain</source>
        <translation>Find a publisher or domain</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Publisher</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Tier</translation>
    </message>
    <message>
        <source>As built in: %1</source>
        <translation>As built in: %1</translation>
    </message>
</context>
<context>
    <name>SourcesEdit</name>
    <message>
        <source>Add source</source>
        <translation>Add source</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Title of the article</source>
        <translation>Title of the article</translation>
    </message>
    <message>
        <source>Remove this source</source>
        <translation>Remove this source</translation>
    </message>
    <message>
        <source>A source needs a URL.</source>
        <translation>A source needs a URL.</translation>
    </message>
    <message>
        <source>Add at least one source (URL and title).</source>
        <translation>Add at least one source (URL and title).</translation>
    </message>
    <message>
        <source>The date this source gives (optional), as %1</source>
        <translation>The date this source gives (optional), as %1</translation>
    </message>
    <message>
        <source>reports…</source>
        <translation>reports…</translation>
    </message>
    <message>
        <source>The figure this source reports, when it names one (optional)</source>
        <translation>The figure this source reports, when it names one (optional)</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>from domain</source>
        <translation>from domain</translation>
    </message>
    <message>
        <source>from domain: %1</source>
        <comment>the tier of the URL&apos;s domain</comment>
        <translation>from domain: %1</translation>
    </message>
    <message>
        <source>How far this source can be trusted: by default as its domain is rated</source>
        <translation>How far this source can be trusted: by default as its domain is rated</translation>
    </message>
    <message>
        <source>source %1, reported figure: %2</source>
        <translation>source %1, reported figure: %2</translation>
    </message>
    <message>
        <source>source %1, reported date: write it as %2, or leave it empty.</source>
        <translation>source %1, reported date: write it as %2, or leave it empty.</translation>
    </message>
</context>
<context>
    <name>TableImport</name>
    <message numerus="yes">
        <source>%n deal(s) have no source; give a source for all of them</source>
        <translation>
            <numerusform>%n deal have no source; give a source for all of them</numerusform>
            <numerusform>%n deals have no source; give a source for all of them</numerusform>
        </translation>
    </message>
    <message>
        <source>the workbook has no sheet to import</source>
        <translation>the workbook has no sheet to import</translation>
    </message>
    <message>
        <source>the table is empty; expected a header row</source>
        <translation>the table is empty; expected a header row</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot; (mapped to %2)</source>
        <translation>the header has no column &quot;%1&quot; (mapped to %2)</translation>
    </message>
    <message>
        <source>no column is mapped to %1; every deal needs one</source>
        <translation>no column is mapped to %1; every deal needs one</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>column %1 (%2): %3</source>
        <translation>column %1 (%2): %3</translation>
    </message>
    <message>
        <source>empty; every deal needs a date</source>
        <translation>empty; every deal needs a date</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (for example 2025-11-18, 18.11.2025, Nov 2025, Q4 2025)</source>
        <translation>&quot;%1&quot; is not a date (for example 2025-11-18, 18.11.2025, Nov 2025, Q4 2025)</translation>
    </message>
    <message>
        <source>unknown precision &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown precision &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>%1 is not the first day of its %2</source>
        <translation>%1 is not the first day of its %2</translation>
    </message>
    <message>
        <source>unknown deal kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown deal kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown amount kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>no source; map a source URL column or give a source for rows without one</source>
        <translation>no source; map a source URL column or give a source for rows without one</translation>
    </message>
    <message>
        <source>empty company name</source>
        <translation>empty company name</translation>
    </message>
    <message>
        <source>%1 %2 investors</source>
        <translation>%1 %2 investors</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>duplicate id &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Source for deals without one: %1</source>
        <translation>Source for deals without one: %1</translation>
    </message>
</context>
<context>
    <name>TextEncoding</name>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 with BOM</translation>
    </message>
</context>
<context>
    <name>TextTableReader</name>
    <message>
        <source>Comma</source>
        <translation>Comma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semicolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Vertical bar</source>
        <translation>Vertical bar</translation>
    </message>
    <message>
        <source>a NUL byte: this is not a text file (or is saved as UTF-16; save it as CSV)</source>
        <translation>a NUL byte: this is not a text file (or is saved as UTF-16; save it as CSV)</translation>
    </message>
    <message>
        <source>bytes that are not UTF-8 text; choose the encoding Windows-1252, or save the file as CSV UTF-8</source>
        <translation>bytes that are not UTF-8 text; choose the encoding Windows-1252, or save the file as CSV UTF-8</translation>
    </message>
</context>
<context>
    <name>TimelineChart</name>
    <message>
        <source>Valuations over time</source>
        <translation>Valuations over time</translation>
    </message>
    <message>
        <source>Valuations over time: %1</source>
        <translation>Valuations over time: %1</translation>
    </message>
    <message>
        <source>%1 (no valuations)</source>
        <translation>%1 (no valuations)</translation>
    </message>
    <message>
        <source>Deal: %1</source>
        <translation>Deal: %1</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1 (logarithmic scale)</translation>
    </message>
</context>
<context>
    <name>TimelineOverlay</name>
    <message numerus="yes">
        <source>×%1 in %n month(s)</source>
        <translation>
            <numerusform>×%1 in %n month</numerusform>
            <numerusform>×%1 in %n months</numerusform>
        </translation>
    </message>
    <message>
        <source>Deals (filled: money in, ring: money out; size by amount)</source>
        <translation>Deals (filled: money in, ring: money out; size by amount)</translation>
    </message>
    <message>
        <source>Deals (filled: money in, ring: money out; size by amount; faded: counted in another deal)</source>
        <translation>Deals (filled: money in, ring: money out; size by amount; faded: counted in another deal)</translation>
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
        <translation>No sources for the data shown.</translation>
    </message>
    <message numerus="yes">
        <source>Data: %n source(s) (%1); all sources are listed in the CapFlow report.</source>
        <translation>
            <numerusform>Data: %n source (%1); all sources are listed in the CapFlow report.</numerusform>
            <numerusform>Data: %n sources (%1); all sources are listed in the CapFlow report.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported on %1 with CapFlow.</source>
        <translation>Exported on %1 with CapFlow.</translation>
    </message>
</context>
<context>
    <name>TimelineTooltip</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources:</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>reports %1</source>
        <translation>reports %1</translation>
    </message>
    <message>
        <source>untitled page</source>
        <translation>untitled page</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Sources disagree</translation>
    </message>
    <message>
        <source>Superseded by %1; not counted in totals.</source>
        <translation>Superseded by %1; not counted in totals.</translation>
    </message>
    <message>
        <source>Counted in %1; not counted again.</source>
        <translation>Counted in %1; not counted again.</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>&amp;Logarithmic scale</source>
        <translation>&amp;Logarithmic scale</translation>
    </message>
    <message>
        <source>Show &amp;deals</source>
        <translation>Show &amp;deals</translation>
    </message>
    <message>
        <source>Hover a point for its facts and sources; click it to select it in the tables.</source>
        <translation>Hover a point for its facts and sources; click it to select it in the tables.</translation>
    </message>
    <message>
        <source>Add to timeline</source>
        <translation>Add to timeline</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>%1 is not on the timeline.</source>
        <translation>%1 is not on the timeline.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>“%1” is not an ISO 3166 country code; use two capital letters such as US, DE or CN.</source>
        <translation>“%1” is not an ISO 3166 country code; use two capital letters such as US, DE or CN.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Enter a name.</translation>
    </message>
    <message>
        <source>A company named “%1” already exists.</source>
        <translation>A company named “%1” already exists.</translation>
    </message>
    <message>
        <source>“%1” is not a web address; it must start with http:// or https://.</source>
        <translation>“%1” is not a web address; it must start with http:// or https://.</translation>
    </message>
</context>
<context>
    <name>ValuationDialog</name>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Company:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources:</translation>
    </message>
    <message>
        <source>Edit Valuation</source>
        <translation>Edit Valuation</translation>
    </message>
    <message>
        <source>New Valuation</source>
        <translation>New Valuation</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Value: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Saves this valuation and starts the next one from the same sources, with the same date</source>
        <translation>Saves this valuation and starts the next one from the same sources, with the same date</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Valuation of %1 saved. The next one keeps the sources and the date.</source>
        <translation>Valuation of %1 saved. The next one keeps the sources and the date.</translation>
    </message>
    <message>
        <source>Save and Add A&amp;nother</source>
        <translation>Save and Add A&amp;nother</translation>
    </message>
</context>
<context>
    <name>ValuationTableModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Value (in billions of USD): %1</source>
        <translation>Value (in billions of USD): %1</translation>
    </message>
    <message>
        <source>Unknown valuation kind.</source>
        <translation>Unknown valuation kind.</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
</context>
<context>
    <name>VendorFinancingModel</name>
    <message>
        <source>Company</source>
        <translation>Company</translation>
    </message>
    <message>
        <source>Investors</source>
        <translation>Investors</translation>
    </message>
    <message>
        <source>Received from investors</source>
        <translation>Received from investors</translation>
    </message>
    <message>
        <source>Committed back as purchases</source>
        <translation>Committed back as purchases</translation>
    </message>
    <message>
        <source>Ratio (firm)</source>
        <translation>Ratio (firm)</translation>
    </message>
    <message>
        <source>Ratio (all disclosed)</source>
        <translation>Ratio (all disclosed)</translation>
    </message>
    <message>
        <source>Investments: %1
Purchases back: %2</source>
        <translation>Investments: %1
Purchases back: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>WhatIfModel</name>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Who loses</source>
        <translation>Who loses</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Deal</translation>
    </message>
    <message>
        <source>Payer → recipient</source>
        <translation>Payer → recipient</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>directly</source>
        <translation>directly</translation>
    </message>
    <message>
        <source>one step further</source>
        <translation>one step further</translation>
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
        <translation>%1 would unpack to %2 MiB, more than the %3 MiB a part of a workbook may have</translation>
    </message>
    <message>
        <source>the parts of the workbook unpack to more than %1 MiB together</source>
        <translation>the parts of the workbook unpack to more than %1 MiB together</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked (the zip archive is damaged)</source>
        <translation>%1 cannot be unpacked (the zip archive is damaged)</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: it is encrypted</source>
        <translation>%1 cannot be unpacked: it is encrypted</translation>
    </message>
    <message>
        <source>%1 cannot be unpacked: it is compressed in a way other than Deflate (%2)</source>
        <translation>%1 cannot be unpacked: it is compressed in a way other than Deflate (%2)</translation>
    </message>
    <message>
        <source>%1 is damaged (its size or checksum does not match)</source>
        <translation>%1 is damaged (its size or checksum does not match)</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1, line %2, column %3: %4</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: &quot;%2&quot; is not a row number</source>
        <translation>sheet &quot;%1&quot;: &quot;%2&quot; is not a row number</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: &quot;%2&quot; is not a cell reference</source>
        <translation>sheet &quot;%1&quot;: &quot;%2&quot; is not a cell reference</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2: shared string %3 does not exist (the workbook has %4)</source>
        <translation>sheet &quot;%1&quot;, cell %2: shared string %3 does not exist (the workbook has %4)</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;, cell %2: &quot;%3&quot; is not the number of a shared string</source>
        <translation>sheet &quot;%1&quot;, cell %2: &quot;%3&quot; is not the number of a shared string</translation>
    </message>
    <message>
        <source>the file is an old Excel workbook (.xls) or an encrypted one; save it as an Excel workbook (.xlsx) without a password</source>
        <translation>the file is an old Excel workbook (.xls) or an encrypted one; save it as an Excel workbook (.xlsx) without a password</translation>
    </message>
    <message>
        <source>the file is no Excel workbook (.xlsx): it is not a zip archive</source>
        <translation>the file is no Excel workbook (.xlsx): it is not a zip archive</translation>
    </message>
    <message>
        <source>the file is no Excel workbook (.xlsx): the zip archive has no %1</source>
        <translation>the file is no Excel workbook (.xlsx): the zip archive has no %1</translation>
    </message>
    <message>
        <source>the workbook has no %1, which names the parts of its sheets</source>
        <translation>the workbook has no %1, which names the parts of its sheets</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the workbook names no part for it</source>
        <translation>sheet &quot;%1&quot;: the workbook names no part for it</translation>
    </message>
    <message>
        <source>sheet &quot;%1&quot;: the zip archive has no %2</source>
        <translation>sheet &quot;%1&quot;: the zip archive has no %2</translation>
    </message>
</context>
</TS>
