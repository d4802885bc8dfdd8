<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>source URL &quot;%1&quot; must start with http:// or https://</translation>
    </message>
    <message>
        <source>country &quot;%1&quot; must be an ISO 3166 alpha-2 code such as &quot;US&quot;</source>
        <translation>country &quot;%1&quot; must be an ISO 3166 alpha-2 code such as &quot;US&quot;</translation>
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
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>CapFlow shows how capital flows through the AI industry.</source>
        <translation>CapFlow shows how capital flows through the AI industry.</translation>
    </message>
    <message>
        <source>A .capflow or .csv file; without it the bundled dataset.</source>
        <translation>A .capflow or .csv file; without it the bundled dataset.</translation>
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
        <source>Export the network view (.png .svg .pdf).</source>
        <translation>Export the network view (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export the valuation timeline (.png .svg .pdf).</source>
        <translation>Export the valuation timeline (.png .svg .pdf).</translation>
    </message>
    <message>
        <source>Export a multi-page PDF report.</source>
        <translation>Export a multi-page PDF report.</translation>
    </message>
    <message>
        <source>Export the data (.capflow .csv).</source>
        <translation>Export the data (.capflow .csv).</translation>
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
        <source>Choose one of --check, --export-network, --export-timeline, --export-report, --export-data and --analyze.</source>
        <translation>Choose one of --check, --export-network, --export-timeline, --export-report, --export-data and --analyze.</translation>
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
</context>
<context>
    <name>CompanyListModel</name>
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
</context>
<context>
    <name>FigureExporter</name>
    <message>
        <source>unknown image format; use .png, .svg or .pdf</source>
        <translation>unknown image format; use .png, .svg or .pdf</translation>
    </message>
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
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>--companies: no company named %1 in %2</source>
        <translation>--companies: no company named %1 in %2</translation>
    </message>
    <message>
        <source>--export-data: cannot tell the format of &quot;%1&quot;; use .capflow or .csv</source>
        <translation>--export-data: cannot tell the format of &quot;%1&quot;; use .capflow or .csv</translation>
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
        <source>This option is not yet available in this version of CapFlow.</source>
        <translation>This option is not yet available in this version of CapFlow.</translation>
    </message>
    <message>
        <source>--export-network: cannot tell the format of &quot;%1&quot;; use .png, .svg or .pdf</source>
        <translation>--export-network: cannot tell the format of &quot;%1&quot;; use .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Wrote %1</translation>
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
    <message>
        <source>AI capital flows (bundled dataset)</source>
        <translation>AI capital flows (bundled dataset)</translation>
    </message>
    <message>
        <source>%1 — CapFlow</source>
        <translation>%1 — CapFlow</translation>
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
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>CapFlow documents (*.capflow);;CSV files of deals (*.csv);;All files (*)</source>
        <translation>CapFlow documents (*.capflow);;CSV files of deals (*.csv);;All files (*)</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Save As</translation>
    </message>
    <message>
        <source>CapFlow documents (*.capflow);;CSV files of deals (*.csv)</source>
        <translation>CapFlow documents (*.capflow);;CSV files of deals (*.csv)</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 could not be saved: %2</translation>
    </message>
    <message>
        <source>use the suffix .capflow or .csv</source>
        <translation>use the suffix .capflow or .csv</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
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
        <source>Network</source>
        <translation>Network</translation>
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
        <source>unknown amount kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unknown amount kind &quot;%1&quot; (expected one of: %2)</translation>
    </message>
    <message>
        <source>a deal needs at least one source URL</source>
        <translation>a deal needs at least one source URL</translation>
    </message>
    <message>
        <source>source URL &quot;%1&quot; must start with http:// or https://</source>
        <translation>source URL &quot;%1&quot; must start with http:// or https://</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
    <message>
        <source>invalid valuation row</source>
        <translation>invalid valuation row</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>cannot open the file: %1</translation>
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
</context>
<context>
    <name>NetworkScene</name>
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
        <source>Amounts by deal kind</source>
        <translation>Amounts by deal kind</translation>
    </message>
    <message>
        <source>Amounts overlap in places (aggregate commitments, rounds and their parts); they are shown apart by certainty and are not meant to be added up.</source>
        <translation>Amounts overlap in places (aggregate commitments, rounds and their parts); they are shown apart by certainty and are not meant to be added up.</translation>
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
        <source>Largest deals</source>
        <translation>Largest deals</translation>
    </message>
</context>
<context>
    <name>ReferenceImporter</name>
    <message>
        <source>cannot read: %1</source>
        <translation>cannot read: %1</translation>
    </message>
</context>
</TS>
