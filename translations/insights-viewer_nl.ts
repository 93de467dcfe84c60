<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>collect</name>
    <message>
        <source>--source expects NAME=CONNECTION, got &quot;%1&quot;</source>
        <translation>--source verwacht NAAM=VERBINDING, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 metrics, %3 ms)
</source>
        <translation>%1 geschreven (%2 metrieken, %3 ms)
</translation>
    </message>
    <message>
        <source>collect failed, %1 left unchanged: %2</source>
        <translation>verzamelen mislukt, %1 is ongewijzigd gebleven: %2</translation>
    </message>
    <message>
        <source>preview failed: %1</source>
        <translation>voorvertoning mislukt: %1</translation>
    </message>
    <message>
        <source>%1: no sql metrics to preview</source>
        <translation>%1: geen SQL-metrieken voor een voorvertoning</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: preview failed
</source>
        <translation>metriek &quot;%1&quot;: voorvertoning mislukt
</translation>
    </message>
    <message>
        <source>preview failed: %1
</source>
        <translation>voorvertoning mislukt: %1
</translation>
    </message>
    <message>
        <source>previewed %1 metrics, %2 failed
</source>
        <translation>voorvertoning van %1 metrieken, %2 mislukt
</translation>
    </message>
    <message>
        <source>%1 metrics: %2 exact, %3 within tolerance, %4 different, %5 missing
</source>
        <translation>%1 metrieken: %2 exact, %3 binnen de tolerantie, %4 verschillend, %5 ontbrekend
</translation>
    </message>
    <message>
        <source>--keep expects a number of snapshots of at least 1, got &quot;%1&quot;</source>
        <translation>--keep verwacht een aantal snapshots van minstens 1, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--keep goes with --output-dir DIR</source>
        <translation>--keep hoort bij --output-dir MAP</translation>
    </message>
    <message>
        <source>--output and --output-dir exclude each other</source>
        <translation>--output en --output-dir sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--check-against writes nothing: it excludes --output, --output-dir and --preview</source>
        <translation>--check-against schrijft niets: het sluit --output, --output-dir en --preview uit</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>geen tijdelijke map: %1</translation>
    </message>
    <message>
        <source>--output-dir %1: not a folder</source>
        <translation>--output-dir %1: geen map</translation>
    </message>
    <message>
        <source>--param expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--param verwacht NAAM=WAARDE, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>removed %1 (--keep %2)
</source>
        <translation>%1 verwijderd (--keep %2)
</translation>
    </message>
    <message>
        <source>--draft-project OUT.json goes with --django PATH/manage.py only</source>
        <translation>--draft-project OUT.json gaat alleen samen met --django PAD/manage.py</translation>
    </message>
    <message>
        <source>%1 %2: sql
</source>
        <translation>%1 %2: sql
</translation>
    </message>
    <message>
        <source>%1 %2: placeholder (%3)
</source>
        <translation>%1 %2: placeholder (%3)
</translation>
    </message>
    <message>
        <source>%1 metrics: %2 with SQL, %3 placeholders to finish by hand
</source>
        <translation>%1 metrieken: %2 met SQL, %3 placeholders om met de hand af te maken
</translation>
    </message>
</context>
<context>
    <name>iv::AppPage</name>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>This app has no questions: no counters, gauges or charts.</source>
        <translation>Deze app heeft geen vragen: geen tellers, meters of grafieken.</translation>
    </message>
</context>
<context>
    <name>iv::BucketOverlay</name>
    <message>
        <source>neither snapshot holds a bucket labelled &quot;%1&quot;</source>
        <translation>geen van beide snapshots bevat een bucket met label &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>iv::BucketValuesTableModel</name>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>tijdstempel</translation>
    </message>
    <message>
        <source>xvalue</source>
        <translation>x-waarde</translation>
    </message>
    <message>
        <source>yvalue</source>
        <translation>y-waarde</translation>
    </message>
    <message>
        <source>category</source>
        <translation>categorie</translation>
    </message>
</context>
<context>
    <name>iv::CategoryColours</name>
    <message>
        <source>%1: cannot read the categories: %2</source>
        <translation>%1: kan de categorieën niet lezen: %2</translation>
    </message>
</context>
<context>
    <name>iv::ChartBuilder</name>
    <message>
        <source>Unsupported kind (bucket type %1): this viewer cannot draw it.</source>
        <translation>Niet-ondersteunde soort (buckettype %1): deze viewer kan het niet tekenen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not drawn: missing or malformed timestamp or value.</source>
        <translation>
            <numerusform>%n rij niet getekend: ontbrekende of ongeldige tijdstempel of waarde.</numerusform>
            <numerusform>%n rijen niet getekend: ontbrekende of ongeldige tijdstempel of waarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not drawn: missing or non-numeric value.</source>
        <translation>
            <numerusform>%n rij niet getekend: ontbrekende of niet-numerieke waarde.</numerusform>
            <numerusform>%n rijen niet getekend: ontbrekende of niet-numerieke waarde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Overige (%n)</numerusform>
            <numerusform>Overige (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Geen waarden</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not drawn: values beyond ±%1 do not fit on one axis with values of the other sign (see the values table).</source>
        <translation>
            <numerusform>%n punt niet getekend: waarden voorbij ±%1 passen niet op één as met waarden van het andere teken (zie de waardentabel).</numerusform>
            <numerusform>%n punten niet getekend: waarden voorbij ±%1 passen niet op één as met waarden van het andere teken (zie de waardentabel).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 categories (%3 points) are drawn as one series, &quot;Others&quot;; the values table has each.</source>
        <translation>%1 van %2 categorieën (%3 punten) zijn getekend als één reeks, &quot;Overige&quot;; de waardentabel bevat ze allemaal.</translation>
    </message>
    <message>
        <source>%1 bins drawn as %2 bars, each the sum of %3 adjacent bins.</source>
        <translation>%1 klassen getekend als %2 staven, elk de som van %3 aangrenzende klassen.</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 bars; the other %3 are summed in one bar (total %4, written on that bar).</source>
        <translation>De %1 grootste van %2 staven worden getoond; de overige %3 zijn opgeteld in één staaf (totaal %4, op die staaf vermeld).</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>onder het bereik</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>boven het bereik</translation>
    </message>
    <message>
        <source>no range stored</source>
        <translation>geen bereik opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of the series&apos; period have no value (the first: %1); the line breaks there.</source>
        <translation>
            <numerusform>%n stap van de periode van de reeks heeft geen waarde (%1); de lijn wordt daar onderbroken.</numerusform>
            <numerusform>%n stappen van de periode van de reeks hebben geen waarde (de eerste: %1); de lijn wordt daar onderbroken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not written at this size: hover a bar or see the table</source>
        <translation>
            <numerusform>%n waarde niet vermeld bij deze grootte: wijs een staaf aan of zie de tabel</numerusform>
            <numerusform>%n waarden niet vermeld bij deze grootte: wijs een staaf aan of zie de tabel</numerusform>
        </translation>
    </message>
    <message>
        <source>no range stored: the bar shows the sign around 0</source>
        <translation>geen bereik opgeslagen: de balk toont het teken rond 0</translation>
    </message>
    <message numerus="yes">
        <source>%n categories without a colour of their own are drawn in grey, each with its own marker shape (see the legend).</source>
        <translation>
            <numerusform>%n categorie zonder eigen kleur is grijs getekend, met een eigen markeringsvorm (zie de legenda).</numerusform>
            <numerusform>%n categorieën zonder eigen kleur zijn grijs getekend, elk met een eigen markeringsvorm (zie de legenda).</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leeg)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not written</source>
        <translation>
            <numerusform>%n waarde niet geschreven</numerusform>
            <numerusform>%n waarden niet geschreven</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iv::ChartExportActions</name>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Grafiek &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file</source>
        <translation>Deze grafiek opslaan als PNG-, SVG- of PDF-bestand</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Grafiek &amp;kopiëren</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>Deze grafiek als afbeelding naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Gegevens exporteren…</translation>
    </message>
    <message>
        <source>Save the raw values of this question as CSV or NDJSON</source>
        <translation>De ruwe waarden van deze vraag opslaan als CSV of NDJSON</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>Alle grafieken &amp;exporteren…</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>&amp;Rapport exporteren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <source>No chart to export.</source>
        <translation>Geen grafiek om te exporteren.</translation>
    </message>
    <message>
        <source>No question to export.</source>
        <translation>Geen vraag om te exporteren.</translation>
    </message>
    <message>
        <source>No chart to copy.</source>
        <translation>Geen grafiek om te kopiëren.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: kan de map niet aanmaken</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Grafieken exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>NDJSON, one JSON object per line (*.ndjson)</source>
        <translation>NDJSON, één JSON-object per regel (*.ndjson)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Gegevens exporteren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Rapport exporteren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
</context>
<context>
    <name>iv::ChartQueue</name>
    <message>
        <source>not a chart queue</source>
        <translation>geen grafiekwachtrij</translation>
    </message>
</context>
<context>
    <name>iv::ChartReducer</name>
    <message>
        <source>Showing %1 of %2 points: overlapping points are merged (one per marker-sized cell and category).</source>
        <translation>%1 van %2 punten getoond: overlappende punten zijn samengevoegd (één per cel ter grootte van een markering en per categorie).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>waarde</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yvalue</source>
        <translation>y-waarde</translation>
    </message>
    <message>
        <source>xvalue</source>
        <translation>x-waarde</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Points per cell:</source>
        <translation>Punten per cel:</translation>
    </message>
</context>
<context>
    <name>iv::ChartRenderer</name>
    <message>
        <source>Chart exported by Insights Viewer</source>
        <translation>Grafiek geëxporteerd door Insights Viewer</translation>
    </message>
    <message>
        <source>A counter has no chart.</source>
        <translation>Een teller heeft geen grafiek.</translation>
    </message>
    <message>
        <source>%1: no chart for this question</source>
        <translation>%1: geen grafiek voor deze vraag</translation>
    </message>
</context>
<context>
    <name>iv::ChartThumbnail</name>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Grafiek: %1</translation>
    </message>
</context>
<context>
    <name>iv::ChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
    <message>
        <source>Show the full range again (Home)</source>
        <translation>Het volledige bereik weer tonen (Home)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom herstellen</translation>
    </message>
</context>
<context>
    <name>iv::Collect</name>
    <message>
        <source>the output %1 is also source &quot;%2&quot;</source>
        <translation>de uitvoer %1 is ook bron &quot;%2&quot;</translation>
    </message>
    <message>
        <source>removed %1, left behind by an interrupted collect</source>
        <translation>%1 verwijderd, achtergelaten door een onderbroken verzameling</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; moet tekst zijn</translation>
    </message>
    <message>
        <source>environment variable %1 is not set (in &quot;%2&quot;)</source>
        <translation>omgevingsvariabele %1 is niet ingesteld (in &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leeg pad</translation>
    </message>
    <message>
        <source>larger than 16 MiB; not a project file</source>
        <translation>groter dan 16 MiB; geen projectbestand</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>geen geldige JSON op positie %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>het hoogste niveau moet een JSON-object zijn</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1</source>
        <translation>&quot;version&quot; moet 1 zijn</translation>
    </message>
    <message>
        <source>&quot;output&quot; (the snapshot to write) is missing</source>
        <translation>&quot;output&quot; (de te schrijven snapshot) ontbreekt</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>uitvoer: %1</translation>
    </message>
    <message>
        <source>output must be a file path</source>
        <translation>de uitvoer moet een bestandspad zijn</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be an object of NAME: path-or-URL</source>
        <translation>&quot;sources&quot; moet een object van NAAM: pad-of-URL zijn</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; must be a string (an SQLite path or a postgresql:// URL)</source>
        <translation>bron &quot;%1&quot; moet tekst zijn (een SQLite-pad of een postgresql://-URL)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>bron &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--source %1: the project has no source of that name</source>
        <translation>--source %1: het project heeft geen bron met die naam</translation>
    </message>
    <message>
        <source>--source %1: %2</source>
        <translation>--source %1: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the URL carries a password; use PGPASSWORD or ~/.pgpass instead</source>
        <translation>bron &quot;%1&quot;: de URL bevat een wachtwoord; gebruik in plaats daarvan PGPASSWORD of ~/.pgpass</translation>
    </message>
    <message>
        <source>&quot;apps&quot; must be an array</source>
        <translation>&quot;apps&quot; moet een array zijn</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 moet een object zijn</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: onbekende sleutel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;module&quot; is missing</source>
        <translation>%1: &quot;module&quot; ontbreekt</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; is declared twice</source>
        <translation>%1: module &quot;%2&quot; is twee keer opgegeven</translation>
    </message>
    <message>
        <source>%1: &quot;metrics&quot; must be an array</source>
        <translation>%1: &quot;metrics&quot; moet een array zijn</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be one of counter, gauge, timeseries, scatterplot, barchart, hbarchart, histogram</source>
        <translation>%1: &quot;kind&quot; moet een van counter, gauge, timeseries, scatterplot, barchart, hbarchart, histogram zijn</translation>
    </message>
    <message>
        <source>%1: &quot;label&quot; is missing</source>
        <translation>%1: &quot;label&quot; ontbreekt</translation>
    </message>
    <message>
        <source>%1: label &quot;%2&quot; is used twice in insights_%3 (labels are unique per table)</source>
        <translation>%1: label &quot;%2&quot; wordt twee keer gebruikt in insights_%3 (labels zijn uniek per tabel)</translation>
    </message>
    <message>
        <source>%1: unknown source &quot;%2&quot;</source>
        <translation>%1: onbekende bron &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; engines are &quot;sqlite&quot; and &quot;postgresql&quot;, not &quot;%2&quot;</source>
        <translation>%1: &quot;sql&quot;-engines zijn &quot;sqlite&quot; en &quot;postgresql&quot;, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; names no engine</source>
        <translation>%1: &quot;sql&quot; noemt geen engine</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be an array</source>
        <translation>&quot;providers&quot; moet een array zijn</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; and &quot;kind&quot; are required</source>
        <translation>%1: &quot;name&quot; en &quot;kind&quot; zijn verplicht</translation>
    </message>
    <message>
        <source>%1: provider name &quot;%2&quot; is taken</source>
        <translation>%1: providernaam &quot;%2&quot; is al in gebruik</translation>
    </message>
    <message>
        <source>no metrics and no providers: nothing to collect</source>
        <translation>geen metrieken en geen providers: niets te verzamelen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>&quot;%1&quot; moet tekst of null zijn</translation>
    </message>
    <message>
        <source>&quot;program&quot; is missing</source>
        <translation>&quot;program&quot; ontbreekt</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an array of strings</source>
        <translation>&quot;arguments&quot; moet een array van teksten zijn</translation>
    </message>
    <message>
        <source>working directory %1 does not exist</source>
        <translation>werkmap %1 bestaat niet</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a positive number of seconds</source>
        <translation>&quot;timeout&quot; moet een positief aantal seconden zijn</translation>
    </message>
    <message>
        <source>&quot;app&quot; (the module) is missing</source>
        <translation>&quot;app&quot; (de module) ontbreekt</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing or unknown</source>
        <translation>&quot;kind&quot; ontbreekt of is onbekend</translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing</source>
        <translation>&quot;label&quot; ontbreekt</translation>
    </message>
    <message>
        <source>a counter&apos;s &quot;value&quot; must be an integer</source>
        <translation>de &quot;value&quot; van een teller moet een geheel getal zijn</translation>
    </message>
    <message>
        <source>a gauge&apos;s &quot;value&quot; must be a number</source>
        <translation>de &quot;value&quot; van een meter moet een getal zijn</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be an array</source>
        <translation>&quot;values&quot; moet een array zijn</translation>
    </message>
    <message>
        <source>values[%1]: &quot;x&quot; (and &quot;y&quot; if given) must be numbers</source>
        <translation>values[%1]: &quot;x&quot; (en &quot;y&quot; indien opgegeven) moeten getallen zijn</translation>
    </message>
    <message>
        <source>values[%1]: timestamp &quot;%2&quot; is not a date-time</source>
        <translation>values[%1]: tijdstempel &quot;%2&quot; is geen datum-tijd</translation>
    </message>
    <message>
        <source>values[%1]: &quot;timestamp&quot; must be text or null</source>
        <translation>values[%1]: &quot;timestamp&quot; moet tekst of null zijn</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, output line %2: not a JSON object</source>
        <translation>provider &quot;%1&quot;, uitvoerregel %2: geen JSON-object</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, output line %2: %3</source>
        <translation>provider &quot;%1&quot;, uitvoerregel %2: %3</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, metric &quot;%2&quot;: %3</source>
        <translation>provider &quot;%1&quot;, metriek &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2 exited with status %3%4</source>
        <translation>provider &quot;%1&quot;: %2 eindigde met status %3%4</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2</source>
        <translation>provider &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 not found in %2</source>
        <translation>%1 niet gevonden in %2</translation>
    </message>
    <message>
        <source>&quot;database&quot; must not be the project&apos;s output</source>
        <translation>&quot;database&quot; mag niet de uitvoer van het project zijn</translation>
    </message>
    <message>
        <source>%1 %2 (in %3) -&gt; %4</source>
        <translation>%1 %2 (in %3) -&gt; %4</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;%2: collect_insights exited with status %3%4</source>
        <translation>provider &quot;%1&quot;%2: collect_insights eindigde met status %3%4</translation>
    </message>
    <message>
        <source>, metric &quot;%1&quot;</source>
        <translation>, metriek &quot;%1&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: collect_insights did not write %2 (check &quot;database&quot; and the Django settings)</source>
        <translation>provider &quot;%1&quot;: collect_insights heeft %2 niet geschreven (controleer &quot;database&quot; en de Django-instellingen)</translation>
    </message>
    <message>
        <source>unsupported bucket type</source>
        <translation>niet-ondersteund buckettype</translation>
    </message>
    <message>
        <source>the counter&apos;s value is not an integer</source>
        <translation>de waarde van de teller is geen geheel getal</translation>
    </message>
    <message>
        <source>the gauge&apos;s value is not a number</source>
        <translation>de waarde van de meter is geen getal</translation>
    </message>
    <message>
        <source>program &quot;%1&quot; not found in PATH</source>
        <translation>programma &quot;%1&quot; niet gevonden in PATH</translation>
    </message>
    <message>
        <source>program %1 is not an executable file</source>
        <translation>programma %1 is geen uitvoerbaar bestand</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>kan %1 niet starten: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 was niet binnen %2 s klaar</translation>
    </message>
    <message>
        <source>%1 crashed (%2)</source>
        <translation>%1 is gecrasht (%2)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>geen database</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: de map bestaat niet</translation>
    </message>
    <message>
        <source>%1: exists and is not a regular file</source>
        <translation>%1: bestaat en is geen gewoon bestand</translation>
    </message>
    <message>
        <source>app &quot;%1&quot;: %2</source>
        <translation>app &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: unknown kind</source>
        <translation>metriek &quot;%1&quot;: onbekende soort</translation>
    </message>
    <message>
        <source>a metric without a label</source>
        <translation>een metriek zonder label</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: the label is already used in insights_%2 (labels are unique per table)</source>
        <translation>metriek &quot;%1&quot;: het label wordt al gebruikt in insights_%2 (labels zijn uniek per tabel)</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2</source>
        <translation>metriek &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: nothing to commit</source>
        <translation>%1: niets om vast te leggen</translation>
    </message>
    <message>
        <source>%1: cannot move the new snapshot into place: %2</source>
        <translation>%1: kan de nieuwe snapshot niet op zijn plaats zetten: %2</translation>
    </message>
    <message>
        <source>unterminated /* comment</source>
        <translation>niet-afgesloten /*-commentaar</translation>
    </message>
    <message>
        <source>one SQL statement per metric, please (found more after &apos;;&apos;)</source>
        <translation>slechts één SQL-statement per metriek (meer gevonden na &apos;;&apos;)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>niet-afgesloten tekenreeks</translation>
    </message>
    <message>
        <source>%1() is not allowed: it reaches outside the database (server files, programs or other connections)</source>
        <translation>%1() is niet toegestaan: het reikt buiten de database (serverbestanden, programma&apos;s of andere verbindingen)</translation>
    </message>
    <message>
        <source>unterminated string or quoted name</source>
        <translation>niet-afgesloten tekenreeks of naam tussen aanhalingstekens</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>niet-afgesloten %1-aanhaling</translation>
    </message>
    <message>
        <source>the SQL is empty</source>
        <translation>de SQL is leeg</translation>
    </message>
    <message>
        <source>%1 statements are not allowed: metric SQL runs read-only</source>
        <translation>%1-statements zijn niet toegestaan: metriek-SQL draait alleen-lezen</translation>
    </message>
    <message>
        <source>read-only SQL on %1</source>
        <translation>alleen-lezen SQL op %1</translation>
    </message>
    <message>
        <source>expected one row with one value, got %1 rows</source>
        <translation>één rij met één waarde verwacht, %1 rijen gekregen</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 verwacht, %2 gekregen</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>een geheel getal</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>een getal</translation>
    </message>
    <message>
        <source>row %1: %2 is not a timestamp</source>
        <translation>rij %1: %2 is geen tijdstempel</translation>
    </message>
    <message>
        <source>row %1: value %2 is not a number</source>
        <translation>rij %1: waarde %2 is geen getal</translation>
    </message>
    <message>
        <source>row %1: xvalue and yvalue must be numbers, got %2, %3</source>
        <translation>rij %1: xvalue en yvalue moeten getallen zijn, %2, %3 gekregen</translation>
    </message>
    <message>
        <source>provider &quot;sql&quot;, metric &quot;%1&quot; (source &quot;%2&quot;): %3</source>
        <translation>provider &quot;sql&quot;, metriek &quot;%1&quot; (bron &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2 (%3, read-only)</source>
        <translation>bron &quot;%1&quot;: %2 (%3, alleen-lezen)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: warning: %2</source>
        <translation>bron &quot;%1&quot;: waarschuwing: %2</translation>
    </message>
    <message>
        <source>no SQL for %1</source>
        <translation>geen SQL voor %1</translation>
    </message>
    <message>
        <source>already exists; refusing to overwrite it</source>
        <translation>bestaat al; wordt niet overschreven</translation>
    </message>
    <message>
        <source>the bundled sample script is missing</source>
        <translation>het meegeleverde voorbeeldscript ontbreekt</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>geen geldige PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>the URL carries a password; use PGPASSWORD or ~/.pgpass instead</source>
        <translation>de URL bevat een wachtwoord; gebruik in plaats daarvan PGPASSWORD of ~/.pgpass</translation>
    </message>
    <message>
        <source>statement_timeout must be whole seconds between 1 and 86400</source>
        <translation>statement_timeout moet een geheel aantal seconden tussen 1 en 86400 zijn</translation>
    </message>
    <message>
        <source>cannot parse the URL</source>
        <translation>kan de URL niet ontleden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>onvoldoende geheugen</translation>
    </message>
    <message>
        <source>could not check what the role may do (%1); collect with a role that can only read (GRANT SELECT)</source>
        <translation>kon niet controleren wat de rol mag (%1); verzamel met een rol die alleen kan lezen (GRANT SELECT)</translation>
    </message>
    <message>
        <source>no such role</source>
        <translation>rol bestaat niet</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>lid van %1</translation>
    </message>
    <message numerus="yes">
        <source>INSERT/UPDATE/DELETE on %n table(s) (%1%2)</source>
        <translation>
            <numerusform>INSERT/UPDATE/DELETE op %n tabel (%1%2)</numerusform>
            <numerusform>INSERT/UPDATE/DELETE op %n tabellen (%1%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>role &quot;%1&quot; can do more than read: %2. Metric SQL runs read-only, but a role that can only read (GRANT SELECT) is the real guard; see docs/SECURITY.md</source>
        <translation>rol &quot;%1&quot; kan meer dan lezen: %2. Metriek-SQL draait alleen-lezen, maar een rol die alleen kan lezen (GRANT SELECT) is de echte bescherming; zie docs/SECURITY.md</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: bestand bestaat niet</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: geen bestand</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>de verbinding is verbroken: %1</translation>
    </message>
    <message>
        <source>not a query: the statement returns no rows (metric SQL must be a SELECT; COPY, SET, DO, CALL and writes are refused)</source>
        <translation>geen query: het statement geeft geen rijen terug (metriek-SQL moet een SELECT zijn; COPY, SET, DO, CALL en schrijfacties worden geweigerd)</translation>
    </message>
    <message>
        <source>canceling statement due to statement timeout (%1 s)</source>
        <translation>statement geannuleerd wegens de tijdslimiet (%1 s)</translation>
    </message>
    <message>
        <source>%1: sql.%2 must be a non-empty string or array of lines</source>
        <translation>%1: sql.%2 moet niet-lege tekst of een array van regels zijn</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; must be a query, an array of lines, or {&quot;sqlite&quot;: …, &quot;postgresql&quot;: …}; or give &quot;sqlFile&quot;</source>
        <translation>%1: &quot;sql&quot; moet een query, een array van regels of {&quot;sqlite&quot;: …, &quot;postgresql&quot;: …} zijn; of geef &quot;sqlFile&quot; op</translation>
    </message>
    <message>
        <source>%1: no sql metric labelled &quot;%2&quot; (command and django providers report their metrics only when they run)</source>
        <translation>%1: geen sql-metriek met label &quot;%2&quot; (command- en django-providers melden hun metrieken pas wanneer ze draaien)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
    <message>
        <source>larger than %1 KiB; not an SQL file</source>
        <translation>groter dan %1 KiB; geen SQL-bestand</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>geen UTF-8-tekst</translation>
    </message>
    <message>
        <source>the file holds no SQL</source>
        <translation>het bestand bevat geen SQL</translation>
    </message>
    <message>
        <source>%1: give &quot;sql&quot; or &quot;sqlFile&quot;, not both</source>
        <translation>%1: geef &quot;sql&quot; of &quot;sqlFile&quot;, niet beide</translation>
    </message>
    <message>
        <source>%1: &quot;sqlFile&quot; engines are &quot;sqlite&quot; and &quot;postgresql&quot;, not &quot;%2&quot;</source>
        <translation>%1: de engines van &quot;sqlFile&quot; zijn &quot;sqlite&quot; en &quot;postgresql&quot;, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: sqlFile.%2 must be a path</source>
        <translation>%1: sqlFile.%2 moet een pad zijn</translation>
    </message>
    <message>
        <source>%1: &quot;sqlFile&quot; must be a path or {&quot;sqlite&quot;: path, &quot;postgresql&quot;: path}</source>
        <translation>%1: &quot;sqlFile&quot; moet een pad zijn of {&quot;sqlite&quot;: pad, &quot;postgresql&quot;: pad}</translation>
    </message>
    <message>
        <source>%1: sqlFile &quot;%2&quot;: %3</source>
        <translation>%1: sqlFile &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>moet een bestandspad zijn</translation>
    </message>
    <message>
        <source>outside the project&apos;s folder %1</source>
        <translation>buiten de projectmap %1</translation>
    </message>
    <message>
        <source>more than %1 Python files (or 100,000 files) under %2: too many to vouch for, so this cannot be remembered</source>
        <translation>meer dan %1 Python-bestanden (of 100.000 bestanden) onder %2: te veel om voor in te staan, dus dit kan niet worden onthouden</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kan niet worden gelezen</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: what it would run changed since you allowed it (a program, script or module file); not started. Press Collect again to review it.</source>
        <translation>provider &quot;%1&quot;: wat het zou uitvoeren is gewijzigd sinds u het toestond (een programma, script of modulebestand); niet gestart. Druk nogmaals op Verzamelen om het te controleren.</translation>
    </message>
    <message>
        <source>an app&apos;s module or label is longer than the %1 characters a snapshot cell may hold</source>
        <translation>de module of het label van een app is langer dan de %1 tekens die een snapshotcel mag bevatten</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2 has %3 characters, more than the %4 a snapshot cell may hold</source>
        <translation>metriek &quot;%1&quot;: %2 heeft %3 tekens, meer dan de %4 die een snapshotcel mag bevatten</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2 values, more than %3</source>
        <translation>metriek &quot;%1&quot;: %2 waarden, meer dan %3</translation>
    </message>
    <message>
        <source>the category of value %1</source>
        <translation>de categorie van waarde %1</translation>
    </message>
    <message>
        <source>the timestamp of value %1</source>
        <translation>het tijdstempel van waarde %1</translation>
    </message>
    <message>
        <source>environment: %1 changes which code the program loads; a project may not set it</source>
        <translation>omgeving: %1 verandert welke code het programma laadt; een project mag deze niet instellen</translation>
    </message>
    <message>
        <source>an output line of %1 is longer than %2 MiB</source>
        <translation>een uitvoerregel van %1 is langer dan %2 MiB</translation>
    </message>
    <message>
        <source>invalid UESCAPE</source>
        <translation>ongeldige UESCAPE</translation>
    </message>
    <message>
        <source>invalid Unicode escape in U&amp;&quot;…&quot;</source>
        <translation>ongeldige Unicode-escape in U&amp;&quot;…&quot;</translation>
    </message>
    <message>
        <source>the script ran longer than %1 s; stopped</source>
        <translation>het script liep langer dan %1 s; gestopt</translation>
    </message>
    <message>
        <source>the script&apos;s database grew past %1 MiB; stopped</source>
        <translation>de database van het script groeide boven %1 MiB; gestopt</translation>
    </message>
    <message>
        <source>connection service files (service=, PGSERVICE) are not used by collect: give host, port and database in the URL</source>
        <translation>verbindingsservicebestanden (service=, PGSERVICE) worden bij het verzamelen niet gebruikt: geef host, poort en database op in de URL</translation>
    </message>
    <message>
        <source>a password (PGPASSWORD or %1) would go to %2 over a connection that may not be encrypted; use sslmode=require or verify-full, or a Unix socket</source>
        <translation>een wachtwoord (PGPASSWORD of %1) zou naar %2 gaan over een verbinding die mogelijk niet versleuteld is; gebruik sslmode=require of verify-full, of een Unix-socket</translation>
    </message>
    <message numerus="yes">
        <source>(%n more notice(s) not shown)</source>
        <translation>
            <numerusform>(nog %n melding niet getoond)</numerusform>
            <numerusform>(nog %n meldingen niet getoond)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (nog %1 tekens)</translation>
    </message>
    <message numerus="yes">
        <source>the query returns more than %n row(s), the most this metric takes</source>
        <translation>
            <numerusform>de query geeft meer dan %n rij terug, het maximum dat deze metriek aanneemt</numerusform>
            <numerusform>de query geeft meer dan %n rijen terug, het maximum dat deze metriek aanneemt</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from the server within %1 s; the connection was dropped</source>
        <translation>geen antwoord van de server binnen %1 s; de verbinding is verbroken</translation>
    </message>
    <message>
        <source>the query reads a foreign table (another server); not allowed</source>
        <translation>de query leest een foreign table (een andere server); niet toegestaan</translation>
    </message>
    <message>
        <source>%1() is not allowed: metric SQL may call built-in functions marked immutable or stable only (this one is volatile or defined in the database)</source>
        <translation>%1() is niet toegestaan: metriek-SQL mag alleen ingebouwde functies aanroepen die als immutable of stable zijn gemarkeerd (deze is volatile of in de database gedefinieerd)</translation>
    </message>
    <message>
        <source>kind %1, reference %2</source>
        <translation>soort %1, referentie %2</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, referentie %2</translation>
    </message>
    <message>
        <source>%1 values, reference %2</source>
        <translation>%1 waarden, referentie %2</translation>
    </message>
    <message>
        <source>value %1: (%2, %3, %4, %5), reference (%6, %7, %8, %9)</source>
        <translation>waarde %1: (%2, %3, %4, %5), referentie (%6, %7, %8, %9)</translation>
    </message>
    <message>
        <source>not collected by the project</source>
        <translation>niet verzameld door het project</translation>
    </message>
    <message>
        <source>not in the reference</source>
        <translation>niet in de referentie</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) failed, nothing written:</source>
        <translation>
            <numerusform>%n metriek mislukt, niets geschreven:</numerusform>
            <numerusform>%n metrieken mislukt, niets geschreven:</numerusform>
        </translation>
    </message>
    <message>
        <source>--param %1: the project declares no parameter of that name (it has: %2)</source>
        <translation>--param %1: het project declareert geen parameter met die naam (het heeft: %2)</translation>
    </message>
    <message>
        <source>--param %1: expected a number, got &quot;%2&quot;</source>
        <translation>--param %1: een getal verwacht, niet &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a Django site is collected into the file -o OUT.db names</source>
        <translation>een Django-site wordt verzameld in het bestand dat -o OUT.db noemt</translation>
    </message>
    <message>
        <source>a Django site has no sources to point elsewhere</source>
        <translation>een Django-site heeft geen bronnen die naar elders kunnen wijzen</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be an object of NAME: default value</source>
        <translation>&quot;parameters&quot; moet een object van NAAM: standaardwaarde zijn</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: a name is a letter or _, then letters, digits or _</source>
        <translation>parameter &quot;%1&quot;: een naam is een letter of _, gevolgd door letters, cijfers of _</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a string or a number</source>
        <translation>parameter &quot;%1&quot;: de standaardwaarde moet tekst of een getal zijn</translation>
    </message>
    <message>
        <source>%1: ${…} in SQL is not expanded (only connection strings and paths are); declare a parameter under &quot;parameters&quot; and write :name</source>
        <translation>%1: ${…} in SQL wordt niet uitgevouwen (alleen in verbindingsstrings en paden); declareer een parameter onder &quot;parameters&quot; en schrijf :name</translation>
    </message>
    <message>
        <source>%1: the SQL uses :%2, which &quot;parameters&quot; does not declare</source>
        <translation>%1: de SQL gebruikt :%2, dat niet in &quot;parameters&quot; is gedeclareerd</translation>
    </message>
    <message>
        <source>&quot;database&quot; (the insights database the Django project writes) must be a path</source>
        <translation>&quot;database&quot; (de insights-database die het Django-project schrijft) moet een pad zijn</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: no temporary folder: %2</source>
        <translation>provider &quot;%1&quot;: geen tijdelijke map: %2</translation>
    </message>
    <message>
        <source>CAST(x AS integer) truncates on SQLite (2.5 becomes 2) and rounds on PostgreSQL (2.5 becomes 3); cast trunc(x), floor(x) or round(x) instead, which mean the same on both</source>
        <translation>CAST(x AS integer) kapt af op SQLite (2.5 wordt 2) en rondt af op PostgreSQL (2.5 wordt 3); cast in plaats daarvan trunc(x), floor(x) of round(x), die op beide hetzelfde betekenen</translation>
    </message>
    <message>
        <source>x / n with an integer n truncates when x is an integer, and x&apos;s type differs between the engines (PostgreSQL&apos;s avg() and sum() of a bigint are numeric, so they divide exactly there); write trunc(x / n) for a whole number or x / n.0 for a fraction</source>
        <translation>x / n met een geheel getal n kapt af als x een geheel getal is, en het type van x verschilt tussen de engines (avg() en sum() van een bigint zijn in PostgreSQL numeric, dus daar delen ze exact); schrijf trunc(x / n) voor een geheel getal of x / n.0 voor een breuk</translation>
    </message>
    <message>
        <source>time zone &quot;%1&quot; not recognized</source>
        <translation>tijdzone &quot;%1&quot; niet herkend</translation>
    </message>
    <message>
        <source>date_trunc: &quot;%1&quot; is not a timestamp</source>
        <translation>date_trunc: &quot;%1&quot; is geen tijdstempel</translation>
    </message>
    <message>
        <source>date_trunc: unit &quot;%1&quot; not recognized</source>
        <translation>date_trunc: eenheid &quot;%1&quot; niet herkend</translation>
    </message>
    <message>
        <source>timezone: &quot;%1&quot; is not a timestamp</source>
        <translation>timezone: &quot;%1&quot; is geen tijdstempel</translation>
    </message>
    <message numerus="yes">
        <source>a %1 takes the columns %2; the query returns %n column(s)</source>
        <translation>
            <numerusform>een %1 verwacht de kolommen %2; de query geeft %n kolom terug</numerusform>
            <numerusform>een %1 verwacht de kolommen %2; de query geeft %n kolommen terug</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: a %2 takes the columns %3; the row has %n column(s)</source>
        <translation>
            <numerusform>rij %1: een %2 verwacht de kolommen %3; de rij heeft %n kolom</numerusform>
            <numerusform>rij %1: een %2 verwacht de kolommen %3; de rij heeft %n kolommen</numerusform>
        </translation>
    </message>
    <message>
        <source>parameter :%1 = %2</source>
        <translation>parameter :%1 = %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: warning: %2</source>
        <translation>metriek &quot;%1&quot;: waarschuwing: %2</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (regel %1, kolom %2)</translation>
    </message>
    <message>
        <source>the SQL uses :%1, which has no value</source>
        <translation>de SQL gebruikt :%1, dat geen waarde heeft</translation>
    </message>
    <message>
        <source>the SQL uses %1, which has no value</source>
        <translation>de SQL gebruikt %1, dat geen waarde heeft</translation>
    </message>
    <message>
        <source>the SQL has a parameter %1; write :name for a parameter the project declares</source>
        <translation>de SQL heeft een parameter %1; schrijf :name voor een parameter die het project declareert</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: geen map</translation>
    </message>
    <message>
        <source>%1 already exists (a collect in the same second); not replaced</source>
        <translation>%1 bestaat al (een verzameling in dezelfde seconde); niet vervangen</translation>
    </message>
    <message>
        <source>%1: metric &quot;%2&quot; is a draft placeholder: replace its &quot;draft&quot; (the metric&apos;s Python source) with &quot;sql&quot; before collecting</source>
        <translation>%1: metriek &quot;%2&quot; is een placeholder van een concept: vervang zijn &quot;draft&quot; (de Python-bron van de metriek) door &quot;sql&quot; voordat u verzamelt</translation>
    </message>
    <message>
        <source>date_part: &quot;%1&quot; is not a timestamp</source>
        <translation>date_part: &quot;%1&quot; is geen tijdstempel</translation>
    </message>
    <message>
        <source>date_part: unit &quot;%1&quot; not recognized</source>
        <translation>date_part: eenheid &quot;%1&quot; niet herkend</translation>
    </message>
</context>
<context>
    <name>iv::CollectDialog</name>
    <message>
        <source>Collect a snapshot</source>
        <translation>Een snapshot verzamelen</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Writes: %1 (replaced only when every provider succeeds)</source>
        <translation>Schrijft: %1 (alleen vervangen als elke provider slaagt)</translation>
    </message>
    <message>
        <source>This project file cannot be run.</source>
        <translation>Dit projectbestand kan niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Provider / metric</source>
        <translation>Provider / metriek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <source>Providers and metrics</source>
        <translation>Providers en metrieken</translation>
    </message>
    <message>
        <source>Collect log</source>
        <translation>Verzamellogboek</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Verzamelen</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Begin met verzamelen</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Voortgang van %1</translation>
    </message>
    <message>
        <source>Run this collect project?</source>
        <translation>Dit verzamelproject uitvoeren?</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Niets geselecteerd.</translation>
    </message>
    <message>
        <source>Collecting into %1 …</source>
        <translation>Verzamelen in %1 …</translation>
    </message>
    <message>
        <source>Canceling …</source>
        <translation>Annuleren …</translation>
    </message>
    <message>
        <source>Done: %1 metrics written to %2</source>
        <translation>Klaar: %1 metrieken geschreven naar %2</translation>
    </message>
    <message>
        <source>Canceled; %1 was left unchanged.</source>
        <translation>Geannuleerd; %1 is ongewijzigd gebleven.</translation>
    </message>
    <message>
        <source>Failed; %1 was left unchanged: %2</source>
        <translation>Mislukt; %1 is ongewijzigd gebleven: %2</translation>
    </message>
    <message>
        <source>Programs this project starts</source>
        <translation>Programma&apos;s die dit project start</translation>
    </message>
    <message>
        <source>Starts no programs: it only reads the databases it names.</source>
        <translation>Start geen programma&apos;s: het leest alleen de databases die het noemt.</translation>
    </message>
    <message>
        <source>Starts these programs:</source>
        <translation>Start deze programma&apos;s:</translation>
    </message>
    <message>
        <source>• %1: %2 %3</source>
        <translation>• %1: %2 %3</translation>
    </message>
    <message>
        <source>    in %1</source>
        <translation>    in %1</translation>
    </message>
    <message>
        <source>    runs %1</source>
        <translation>    voert %1 uit</translation>
    </message>
    <message>
        <source>Not run: you did not allow it.</source>
        <translation>Niet uitgevoerd: u hebt het niet toegestaan.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>Voorver&amp;toning</translation>
    </message>
    <message>
        <source>Run the selected SQL metric&apos;s query and show what would be stored, writing nothing</source>
        <translation>De query van de geselecteerde SQL-metriek uitvoeren en tonen wat zou worden opgeslagen, zonder iets te schrijven</translation>
    </message>
    <message>
        <source>Preview the selected metric</source>
        <translation>Voorvertoning van de geselecteerde metriek</translation>
    </message>
    <message>
        <source>    expanded: %1</source>
        <translation>    uitgevouwen: %1</translation>
    </message>
    <message>
        <source>    environment %1</source>
        <translation>    omgeving %1</translation>
    </message>
    <message>
        <source>    inherits %1 (changes which code it loads)</source>
        <translation>    erft %1 (verandert welke code het laadt)</translation>
    </message>
    <message>
        <source>You have not run this project from this folder before, or it, a program it starts, or where it reads or writes changed since you allowed it. Check what it runs:</source>
        <translation>U hebt dit project nog niet eerder vanuit deze map uitgevoerd, of het project, een programma dat het start, of waar het leest of schrijft is gewijzigd sinds u het toestond. Controleer wat het uitvoert:</translation>
    </message>
    <message>
        <source>What the project runs</source>
        <translation>Wat het project uitvoert</translation>
    </message>
    <message>
        <source>Writes: %1</source>
        <translation>Schrijft: %1</translation>
    </message>
    <message>
        <source>Reads (read-only):</source>
        <translation>Leest (alleen-lezen):</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>This answer cannot be remembered:</source>
        <translation>Dit antwoord kan niet worden onthouden:</translation>
    </message>
    <message>
        <source>Run it?</source>
        <translation>Uitvoeren?</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;:</source>
        <translation>Bron &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>the collect&apos;s start (UTC)</source>
        <translation>het begin van de verzameling (UTC)</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; now reads %2.</source>
        <translation>Bron &quot;%1&quot; leest nu %2.</translation>
    </message>
    <message>
        <source>the project&apos;s own connection</source>
        <translation>de eigen verbinding van het project</translation>
    </message>
    <message>
        <source>&amp;Keep going: run every metric, list every failure (nothing is written unless all pass)</source>
        <translation>&amp;Doorgaan: elke metriek uitvoeren, elke fout vermelden (er wordt niets geschreven tenzij alle slagen)</translation>
    </message>
    <message>
        <source>Write into folder:</source>
        <translation>Schrijven in map:</translation>
    </message>
    <message>
        <source>Each run writes insights-YYYYMMDDTHHMMSSZ.db (UTC) into this folder, building a history</source>
        <translation>Elke uitvoering schrijft insights-YYYYMMDDTHHMMSSZ.db (UTC) in deze map en bouwt zo een geschiedenis op</translation>
    </message>
    <message>
        <source>History folder</source>
        <translation>Geschiedenismap</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>bewaar </translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>bewaar alle</translation>
    </message>
    <message>
        <source>Remove the oldest snapshots of the folder beyond this many</source>
        <translation>De oudste snapshots in de map boven dit aantal verwijderen</translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation>Te bewaren snapshots</translation>
    </message>
    <message>
        <source>Removed %1 (keeping the newest %2).</source>
        <translation>%1 verwijderd (de nieuwste %2 bewaard).</translation>
    </message>
</context>
<context>
    <name>iv::CollectPreviewDialog</name>
    <message>
        <source>Run this collect project?</source>
        <translation>Dit verzamelproject uitvoeren?</translation>
    </message>
    <message>
        <source>This project file has not been run before (or it changed). The preview runs the query of &quot;%1&quot; against the database it names and writes nothing.

Run it?</source>
        <translation>Dit projectbestand is nog niet eerder uitgevoerd (of het is gewijzigd). De voorvertoning voert de query van &quot;%1&quot; uit op de database die het noemt en schrijft niets.

Uitvoeren?</translation>
    </message>
    <message>
        <source>Running the query of %1…</source>
        <translation>De query van %1 wordt uitgevoerd…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored row(s); nothing was written.</source>
        <translation>
            <numerusform>%1: %n opgeslagen rij; er is niets geschreven.</numerusform>
            <numerusform>%1: %n opgeslagen rijen; er is niets geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>De voorvertoning is mislukt.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Voorvertoning: %1</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Rijen van de voorvertoning</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status van de voorvertoning</translation>
    </message>
</context>
<context>
    <name>iv::DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>No counters or gauges in this app.</source>
        <translation>Geen tellers of meters in deze app.</translation>
    </message>
    <message>
        <source>This snapshot holds no apps.</source>
        <translation>Deze snapshot bevat geen apps.</translation>
    </message>
</context>
<context>
    <name>iv::DateText</name>
    <message>
        <source>%1, %2 UTC</source>
        <translation>%1, %2 UTC</translation>
    </message>
</context>
<context>
    <name>iv::DiffPage</name>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 vergelijken met %2…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Kon niet vergelijken: %1</translation>
    </message>
    <message>
        <source>Added apps: %1.</source>
        <translation>Toegevoegde apps: %1.</translation>
    </message>
    <message>
        <source>Removed apps: %1.</source>
        <translation>Verwijderde apps: %1.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>toegevoegd</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>verwijderd</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>gewijzigd</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed</source>
        <translation>%1 gewijzigd, %2 toegevoegd, %3 verwijderd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Oud</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Verschil</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punten</translation>
    </message>
    <message>
        <source>Questions, old and new side by side</source>
        <translation>Vragen, oud en nieuw naast elkaar</translation>
    </message>
    <message>
        <source>Comparison details</source>
        <translation>Details van de vergelijking</translation>
    </message>
    <message>
        <source>Choose two snapshots to compare.</source>
        <translation>Kies twee snapshots om te vergelijken.</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n question(s), same values, same schema, same executions.</source>
        <translation>
            <numerusform>Identieke inhoud: %n vraag, dezelfde waarden, hetzelfde schema, dezelfde uitvoeringen.</numerusform>
            <numerusform>Identieke inhoud: %n vragen, dezelfde waarden, hetzelfde schema, dezelfde uitvoeringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema object(s) differ.</source>
        <translation>
            <numerusform>%n schemaobject verschilt.</numerusform>
            <numerusform>%n schemaobjecten verschillen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected at %1 → %2 (%n question(s) collected again).</source>
        <translation>
            <numerusform>Verzameld op %1 → %2 (%n vraag opnieuw verzameld).</numerusform>
            <numerusform>Verzameld op %1 → %2 (%n vragen opnieuw verzameld).</numerusform>
        </translation>
    </message>
    <message>
        <source>Executions: %1 → %2 (%3 added, %4 removed).</source>
        <translation>Uitvoeringen: %1 → %2 (%3 toegevoegd, %4 verwijderd).</translation>
    </message>
    <message>
        <source>collected again</source>
        <translation>opnieuw verzameld</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n question(s), same values, same schema (times not compared).</source>
        <translation>
            <numerusform>Identieke inhoud: %n vraag, dezelfde waarden, hetzelfde schema (tijden niet vergeleken).</numerusform>
            <numerusform>Identieke inhoud: %n vragen, dezelfde waarden, hetzelfde schema (tijden niet vergeleken).</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed.</source>
        <translation>Vragen: %1 exact, %2 binnen de tolerantie, %3 gewijzigd, %4 toegevoegd, %5 verwijderd.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>binnen de tolerantie</translation>
    </message>
    <message>
        <source>(%1 within tolerance)</source>
        <translation>(%1 binnen de tolerantie)</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Tolerantie:</translation>
    </message>
    <message>
        <source>Numbers that differ by at most this share of the larger one count as the same (within tolerance).</source>
        <translation>Getallen die hoogstens dit aandeel van het grootste getal verschillen, tellen als gelijk (binnen de tolerantie).</translation>
    </message>
    <message>
        <source>Tolerance in percent</source>
        <translation>Tolerantie in procenten</translation>
    </message>
    <message>
        <source>Include &amp;times</source>
        <translation>&amp;Tijden meenemen</translation>
    </message>
    <message>
        <source>Also compare when the questions were collected and the executions.</source>
        <translation>Ook vergelijken wanneer de vragen zijn verzameld, en de uitvoeringen.</translation>
    </message>
</context>
<context>
    <name>iv::DjangoDraft</name>
    <message>
        <source>%1: no such file (--django names the site&apos;s manage.py)</source>
        <translation>%1: bestand bestaat niet (--django noemt de manage.py van de site)</translation>
    </message>
    <message>
        <source>%1 does not name a settings module (os.environ.setdefault(&quot;DJANGO_SETTINGS_MODULE&quot;, …))</source>
        <translation>%1 noemt geen settings-module (os.environ.setdefault(&quot;DJANGO_SETTINGS_MODULE&quot;, …))</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>geen tijdelijke map: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the site&apos;s metrics stopped with status %2: %3</source>
        <translation>%1: de metrieken van de site stopten met status %2: %3</translation>
    </message>
    <message>
        <source>%1: the draft run wrote no result</source>
        <translation>%1: de conceptrun schreef geen resultaat</translation>
    </message>
    <message>
        <source>the drafted project does not load: %1</source>
        <translation>het concept-project laadt niet: %1</translation>
    </message>
    <message>
        <source>the sql provider cannot collect its query: %1</source>
        <translation>de sql-provider kan zijn query niet verzamelen: %1</translation>
    </message>
    <message>
        <source>the metric stored no value</source>
        <translation>de metriek sloeg geen waarde op</translation>
    </message>
    <message>
        <source>its query&apos;s rows are not the value it stored (query %1)</source>
        <translation>de rijen van zijn query zijn niet de waarde die hij opsloeg (query %1)</translation>
    </message>
    <message>
        <source>%1: exists and is not a regular file</source>
        <translation>%1: bestaat al en is geen gewoon bestand</translation>
    </message>
    <message>
        <source>%1: exists; choose another name or replace it (--force)</source>
        <translation>%1: bestaat al; kies een andere naam of vervang het (--force)</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: de map bestaat niet</translation>
    </message>
</context>
<context>
    <name>iv::DraftDialog</name>
    <message>
        <source>Running the site&apos;s metrics once …</source>
        <translation>De metrieken van de site worden één keer uitgevoerd …</translation>
    </message>
    <message>
        <source>Drafting runs this Django site&apos;s code once (its settings and every insights.py) with the interpreter below. You have not allowed it from this folder before, or it changed since. Check what it runs:</source>
        <translation>Een ontwerp maken voert de code van deze Django-site één keer uit (de instellingen en elk insights.py) met de interpreter hieronder. U hebt dat vanuit deze map nog niet toegestaan, of er is sindsdien iets veranderd. Controleer wat er wordt uitgevoerd:</translation>
    </message>
    <message>
        <source>Not run: the site&apos;s code was not allowed to run.</source>
        <translation>Niet uitgevoerd: de code van de site mocht niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>SQL, checked: its rerun gives the stored value</source>
        <translation>SQL, gecontroleerd: opnieuw uitvoeren geeft de opgeslagen waarde</translation>
    </message>
    <message>
        <source>Placeholder: %1</source>
        <translation>Plaatshouder: %1</translation>
    </message>
    <message>
        <source>%1 written: its one metric drafted as SQL.</source>
        <translation>%1 geschreven: de enige metriek als SQL ontworpen.</translation>
    </message>
    <message>
        <source>%1 written: all %2 metrics drafted as SQL.</source>
        <translation>%1 geschreven: alle %2 metrieken als SQL ontworpen.</translation>
    </message>
    <message>
        <source>%1 written: %2 of %3 metrics as SQL; finish the placeholders by hand before collecting: %4.</source>
        <translation>%1 geschreven: %2 van %3 metrieken als SQL; maak de plaatshouders met de hand af voordat u verzamelt: %4.</translation>
    </message>
    <message>
        <source>Draft from Django Site</source>
        <translation>Ontwerp vanuit Django-site</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Project: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metriek</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>Drafted as</source>
        <translation>Ontworpen als</translation>
    </message>
    <message>
        <source>Drafted metrics</source>
        <translation>Ontworpen metrieken</translation>
    </message>
    <message>
        <source>The site&apos;s output</source>
        <translation>Uitvoer van de site</translation>
    </message>
    <message>
        <source>Open in Collect…</source>
        <translation>Openen in Verzamelen…</translation>
    </message>
</context>
<context>
    <name>iv::ExportChartDialog</name>
    <message>
        <source>Export All Charts</source>
        <translation>Alle grafieken exporteren</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Grafiek exporteren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Map:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormaat:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-afbeelding</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-vectorafbeelding</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-document</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <source>Small (8 × 4 in)</source>
        <translation>Klein (8 × 4 in)</translation>
    </message>
    <message>
        <source>Medium (16 × 8 in)</source>
        <translation>Middel (16 × 8 in)</translation>
    </message>
    <message>
        <source>Large (32 × 16 in)</source>
        <translation>Groot (32 × 16 in)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolutie:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportmap</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportbestand</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Kies waarheen te exporteren</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformaat</translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation>Grafiekgrootte</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Resolutie in dots per inch</translation>
    </message>
    <message>
        <source>Chart theme</source>
        <translation>Grafiekthema</translation>
    </message>
    <message>
        <source>Export All Charts to Folder</source>
        <translation>Alle grafieken naar map exporteren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-afbeeldingen (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Vector output; text stays text.</source>
        <translation>Vectoruitvoer; tekst blijft tekst.</translation>
    </message>
</context>
<context>
    <name>iv::FileIdentity</name>
    <message>
        <source>is a folder, not a regular file</source>
        <translation>is een map, geen gewoon bestand</translation>
    </message>
    <message>
        <source>is a FIFO, not a regular file</source>
        <translation>is een FIFO, geen gewoon bestand</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>is een socket, geen gewoon bestand</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>is een apparaat, geen gewoon bestand</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>is geen gewoon bestand</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>bestand bestaat niet</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>changed while it was hashed (%1 bytes read, %2 expected)</source>
        <translation>is gewijzigd tijdens het hashen (%1 bytes gelezen, %2 verwacht)</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>is vervangen door een ander bestand</translation>
    </message>
    <message>
        <source>changed size from %1 to %2 bytes</source>
        <translation>is van grootte veranderd van %1 naar %2 bytes</translation>
    </message>
    <message>
        <source>was modified (its modification time changed)</source>
        <translation>is gewijzigd (de wijzigingstijd is veranderd)</translation>
    </message>
    <message>
        <source>was removed or renamed</source>
        <translation>is verwijderd of hernoemd</translation>
    </message>
    <message>
        <source>was modified (its status change time changed)</source>
        <translation>is gewijzigd (het tijdstip van de statuswijziging is veranderd)</translation>
    </message>
</context>
<context>
    <name>iv::FindingHelp</name>
    <message>
        <source>%1

Detects: %2
How: %3
Limits: %4
What to do: %5</source>
        <translation>%1

Herkent: %2
Hoe: %3
Beperkingen: %4
Wat te doen: %5</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-mailadres</translation>
    </message>
    <message>
        <source>An e-mail address in a text cell, a free page or bytes after the file&apos;s end.</source>
        <translation>Een e-mailadres in een tekstcel, een vrije pagina of bytes na het einde van het bestand.</translation>
    </message>
    <message>
        <source>A pattern for local part @ domain with a dot in the domain; the sample keeps the first letter and the domain.</source>
        <translation>Een patroon voor lokaal deel @ domein met een punt in het domein; het voorbeeld houdt de eerste letter en het domein.</translation>
    </message>
    <message>
        <source>Read through HTML, percent and backslash escapes, spelled-out &quot;at&quot; and &quot;dot&quot;, invisible and look-alike characters and base64; quoted-printable, compressed or encrypted addresses are not recognised.</source>
        <translation>Gelezen door HTML-, procent- en backslash-escapes, uitgeschreven &quot;at&quot; en &quot;dot&quot;, onzichtbare en gelijkende tekens en base64 heen; quoted-printable, gecomprimeerde of versleutelde adressen worden niet herkend.</translation>
    </message>
    <message>
        <source>Remove the address at its source (the collecting query) or save a redacted copy; accept it only when it is a public role address.</source>
        <translation>Verwijder het adres bij de bron (de verzamelende query) of sla een geschoonde kopie op; accepteer het alleen als het een openbaar functieadres is.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefoonnummer</translation>
    </message>
    <message>
        <source>A telephone number in a text cell.</source>
        <translation>Een telefoonnummer in een tekstcel.</translation>
    </message>
    <message>
        <source>Digit groups with an optional + and separators, 8 to 15 digits, that are not dates, versions or amounts.</source>
        <translation>Cijfergroepen met een optionele + en scheidingstekens, 8 tot 15 cijfers, die geen datum, versie of bedrag zijn.</translation>
    </message>
    <message>
        <source>Numbers without separators may be taken for counts and missed; some order or invoice numbers look like phone numbers.</source>
        <translation>Nummers zonder scheidingstekens kunnen voor aantallen worden aangezien en gemist; sommige order- of factuurnummers lijken op telefoonnummers.</translation>
    </message>
    <message>
        <source>Remove or redact it; mark it as a false positive when it is an order or article number.</source>
        <translation>Verwijder het of schoon het; markeer het als vals positief als het een order- of artikelnummer is.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>An international bank account number.</source>
        <translation>Een internationaal bankrekeningnummer.</translation>
    </message>
    <message>
        <source>Country code, check digits and length per country, checked with the mod-97 rule.</source>
        <translation>Landcode, controlecijfers en lengte per land, gecontroleerd met de mod-97-regel.</translation>
    </message>
    <message>
        <source>Domestic account numbers without IBAN form are not recognised.</source>
        <translation>Binnenlandse rekeningnummers zonder IBAN-vorm worden niet herkend.</translation>
    </message>
    <message>
        <source>Remove or redact it.</source>
        <translation>Verwijder het of schoon het.</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Betaalkaartnummer</translation>
    </message>
    <message>
        <source>A card number (Visa, Mastercard, American Express, …).</source>
        <translation>Een kaartnummer (Visa, Mastercard, American Express, …).</translation>
    </message>
    <message>
        <source>13 to 19 digits with an issuer prefix matching the length and a valid Luhn check digit.</source>
        <translation>13 tot 19 cijfers met een uitgeversvoorvoegsel dat bij de lengte past en een geldig Luhn-controlecijfer.</translation>
    </message>
    <message>
        <source>Test card numbers are reported like real ones.</source>
        <translation>Testkaartnummers worden gemeld zoals echte.</translation>
    </message>
    <message>
        <source>Remove it; never accept a real card number.</source>
        <translation>Verwijder het; accepteer nooit een echt kaartnummer.</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-adres</translation>
    </message>
    <message>
        <source>An IPv4 address that can point at a person&apos;s device.</source>
        <translation>Een IPv4-adres dat naar het apparaat van een persoon kan wijzen.</translation>
    </message>
    <message>
        <source>Four octets 0–255; loopback and documentation ranges are not reported.</source>
        <translation>Vier octetten 0–255; loopback- en documentatiebereiken worden niet gemeld.</translation>
    </message>
    <message>
        <source>Addresses of servers are reported like those of people.</source>
        <translation>Adressen van servers worden gemeld zoals die van mensen.</translation>
    </message>
    <message>
        <source>Remove or redact it; accept it when it is a known server&apos;s address.</source>
        <translation>Verwijder het of schoon het; accepteer het als het het adres van een bekende server is.</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-adres</translation>
    </message>
    <message>
        <source>An IPv6 address that can point at a person&apos;s device.</source>
        <translation>Een IPv6-adres dat naar het apparaat van een persoon kan wijzen.</translation>
    </message>
    <message>
        <source>Groups of hexadecimal digits with colons, :: compression allowed; ::1 and 2001:db8::/32 are not reported.</source>
        <translation>Groepen hexadecimale cijfers met dubbele punten, ::-compressie toegestaan; ::1 en 2001:db8::/32 worden niet gemeld.</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Naam van een persoon</translation>
    </message>
    <message>
        <source>A value that looks like a person&apos;s name, e.g. a bucket category.</source>
        <translation>Een waarde die op de naam van een persoon lijkt, bijv. een categorie van een bucket.</translation>
    </message>
    <message>
        <source>Given and family names from openly licensed lexicons, name shapes and the bucket&apos;s context (its label, question and axis labels).</source>
        <translation>Voor- en achternamen uit openlijk gelicentieerde lexicons, naamvormen en de context van de bucket (label, vraag en aslabels).</translation>
    </message>
    <message>
        <source>Brands and titles named after people can be reported; rare names and names in unusual forms can be missed: check person-like buckets by eye.</source>
        <translation>Merken en titels die naar mensen zijn genoemd kunnen worden gemeld; zeldzame namen en namen in ongebruikelijke vormen kunnen worden gemist: controleer persoonachtige buckets met het oog.</translation>
    </message>
    <message>
        <source>Group or pseudonymise people in the collecting query; mark brands and public names as false positives.</source>
        <translation>Groepeer of pseudonimiseer mensen in de verzamelende query; markeer merken en publieke namen als vals positief.</translation>
    </message>
    <message>
        <source>National identifier</source>
        <translation>Nationaal identificatienummer</translation>
    </message>
    <message>
        <source>A national identity, tax or social-security number.</source>
        <translation>Een nationaal identiteits-, belasting- of sofinummer.</translation>
    </message>
    <message>
        <source>Known national formats with their check digits.</source>
        <translation>Bekende nationale formaten met hun controlecijfers.</translation>
    </message>
    <message>
        <source>Formats of other countries are not recognised.</source>
        <translation>Formaten van andere landen worden niet herkend.</translation>
    </message>
    <message>
        <source>Remove it; never accept it.</source>
        <translation>Verwijder het; accepteer het nooit.</translation>
    </message>
    <message>
        <source>Secret or credential</source>
        <translation>Geheim of inloggegeven</translation>
    </message>
    <message>
        <source>A password, API key, token or private key.</source>
        <translation>Een wachtwoord, API-sleutel, token of privésleutel.</translation>
    </message>
    <message>
        <source>Known key formats and assignments such as password=…; the sample shows only the kind and a few characters.</source>
        <translation>Bekende sleutelformaten en toewijzingen zoals password=…; het voorbeeld toont alleen het soort en een paar tekens.</translation>
    </message>
    <message>
        <source>Home-made token formats are not recognised.</source>
        <translation>Zelfgemaakte tokenformaten worden niet herkend.</translation>
    </message>
    <message>
        <source>Revoke the secret now, then remove it from the snapshot and from the query that copied it.</source>
        <translation>Trek het geheim nu in en verwijder het daarna uit de snapshot en uit de query die het kopieerde.</translation>
    </message>
    <message>
        <source>Small count</source>
        <translation>Klein aantal</translation>
    </message>
    <message>
        <source>A count small enough to single out people (fewer than the threshold).</source>
        <translation>Een aantal dat klein genoeg is om mensen aan te wijzen (onder de drempel).</translation>
    </message>
    <message>
        <source>Counter values and bar heights that are whole numbers from 1 to the threshold minus one.</source>
        <translation>Tellerwaarden en staafhoogtes die hele getallen van 1 tot de drempel min één zijn.</translation>
    </message>
    <message>
        <source>Counts that are not about people are reported too.</source>
        <translation>Aantallen die niet over mensen gaan worden ook gemeld.</translation>
    </message>
    <message>
        <source>Group small categories or raise the bucket size; accept counts that are not about people.</source>
        <translation>Groepeer kleine categorieën of vergroot de bucket; accepteer aantallen die niet over mensen gaan.</translation>
    </message>
    <message>
        <source>Extra table</source>
        <translation>Extra tabel</translation>
    </message>
    <message>
        <source>A table that upstream&apos;s schema does not have.</source>
        <translation>Een tabel die het schema van upstream niet heeft.</translation>
    </message>
    <message>
        <source>The schema is compared with upstream&apos;s migration.</source>
        <translation>Het schema wordt vergeleken met de migratie van upstream.</translation>
    </message>
    <message>
        <source>Its text is scanned like any other.</source>
        <translation>De tekst erin wordt gescand zoals elke andere.</translation>
    </message>
    <message>
        <source>Find out which query wrote it; allow it in a policy only when it belongs there.</source>
        <translation>Zoek uit welke query hem schreef; sta hem alleen in een beleid toe als hij erbij hoort.</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Integriteitscontrole mislukt</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check reported damage.</source>
        <translation>De integriteitscontrole van SQLite meldde schade.</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check.</source>
        <translation>PRAGMA integrity_check.</translation>
    </message>
    <message>
        <source>A damaged file may hide rows from every check.</source>
        <translation>Een beschadigd bestand kan rijen voor elke controle verbergen.</translation>
    </message>
    <message>
        <source>Ask for a new snapshot; do not share this one.</source>
        <translation>Vraag om een nieuwe snapshot; deel deze niet.</translation>
    </message>
    <message>
        <source>Review incomplete</source>
        <translation>Review onvolledig</translation>
    </message>
    <message>
        <source>The review stopped before it read everything (time limit, cancel or budget).</source>
        <translation>De review stopte voordat alles gelezen was (tijdslimiet, annuleren of budget).</translation>
    </message>
    <message>
        <source>The reviewer&apos;s own limits.</source>
        <translation>De eigen grenzen van de reviewer.</translation>
    </message>
    <message>
        <source>What was not read may hold anything.</source>
        <translation>Wat niet gelezen is, kan alles bevatten.</translation>
    </message>
    <message>
        <source>Review again with more time; never treat an incomplete review as clean.</source>
        <translation>Review opnieuw met meer tijd; behandel een onvolledige review nooit als schoon.</translation>
    </message>
    <message>
        <source>File changed during the review</source>
        <translation>Bestand veranderd tijdens de review</translation>
    </message>
    <message>
        <source>The file&apos;s bytes changed while it was reviewed.</source>
        <translation>De bytes van het bestand veranderden terwijl het werd gereviewd.</translation>
    </message>
    <message>
        <source>Identity (size, times, inode) compared before and after.</source>
        <translation>Identiteit (grootte, tijden, inode) voor en na vergeleken.</translation>
    </message>
    <message>
        <source>The hash may describe other contents than the findings.</source>
        <translation>De hash kan een andere inhoud beschrijven dan de bevindingen.</translation>
    </message>
    <message>
        <source>Review again once the file is no longer written.</source>
        <translation>Review opnieuw zodra het bestand niet meer wordt geschreven.</translation>
    </message>
    <message>
        <source>WAL mode</source>
        <translation>WAL-modus</translation>
    </message>
    <message>
        <source>The file uses a write-ahead log; a -wal file beside it holds changes.</source>
        <translation>Het bestand gebruikt een write-ahead log; een -wal-bestand ernaast bevat wijzigingen.</translation>
    </message>
    <message>
        <source>The file header.</source>
        <translation>De bestandskop.</translation>
    </message>
    <message>
        <source>Changes in the -wal file are not reviewed.</source>
        <translation>Wijzigingen in het -wal-bestand worden niet gereviewd.</translation>
    </message>
    <message>
        <source>Ask for a snapshot checkpointed into one file.</source>
        <translation>Vraag om een snapshot die in één bestand is gecheckpoint.</translation>
    </message>
    <message>
        <source>Data in free pages</source>
        <translation>Gegevens in vrije pagina&apos;s</translation>
    </message>
    <message>
        <source>Deleted data left in the file&apos;s free pages or unused space.</source>
        <translation>Verwijderde gegevens die in de vrije pagina&apos;s of ongebruikte ruimte van het bestand zijn achtergebleven.</translation>
    </message>
    <message>
        <source>The raw bytes are scanned.</source>
        <translation>De ruwe bytes worden gescand.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise is reported.</source>
        <translation>Alleen wat de detectoren herkennen wordt gemeld.</translation>
    </message>
    <message>
        <source>Share a VACUUMed copy (Save Redacted Copy does this).</source>
        <translation>Deel een kopie na VACUUM (Geschoonde kopie opslaan doet dat).</translation>
    </message>
    <message>
        <source>Bytes after the database</source>
        <translation>Bytes na de database</translation>
    </message>
    <message>
        <source>Bytes after the last page SQLite uses.</source>
        <translation>Bytes na de laatste pagina die SQLite gebruikt.</translation>
    </message>
    <message>
        <source>File size compared with the page count.</source>
        <translation>Bestandsgrootte vergeleken met het aantal pagina&apos;s.</translation>
    </message>
    <message>
        <source>Share a clean copy.</source>
        <translation>Deel een schone kopie.</translation>
    </message>
    <message>
        <source>Hidden fields in rows</source>
        <translation>Verborgen velden in rijen</translation>
    </message>
    <message>
        <source>Rows that hold more fields than their table or index names, or bytes after their last field: no reader shows them, but they travel with the file.</source>
        <translation>Rijen met meer velden dan hun tabel of index noemt, of met bytes na hun laatste veld: geen lezer toont ze, maar ze reizen mee met het bestand.</translation>
    </message>
    <message>
        <source>Every record&apos;s header in every page is read and compared with the schema; the hidden bytes are scanned.</source>
        <translation>De kop van elk record op elke pagina wordt gelezen en met het schema vergeleken; de verborgen bytes worden gescand.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise in the hidden bytes is reported; the file was edited by hand.</source>
        <translation>Alleen wat de detectoren in de verborgen bytes herkennen wordt gemeld; het bestand is met de hand bewerkt.</translation>
    </message>
    <message>
        <source>Do not share this file; ask for a new snapshot, or share a redacted copy (it is written row by row, without the hidden fields).</source>
        <translation>Deel dit bestand niet; vraag om een nieuwe snapshot, of deel een geschoonde kopie (die rij voor rij wordt geschreven, zonder de verborgen velden).</translation>
    </message>
    <message>
        <source>Data in the file header</source>
        <translation>Gegevens in de bestandskop</translation>
    </message>
    <message>
        <source>Bytes the file header reserves, which SQLite always leaves zero, are set.</source>
        <translation>Bytes die de bestandskop reserveert, en die SQLite altijd nul laat, zijn gezet.</translation>
    </message>
    <message>
        <source>Bytes 72 to 91 of the header are compared with zero and scanned.</source>
        <translation>Bytes 72 tot 91 van de kop worden met nul vergeleken en gescand.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise is reported; the file was edited by hand.</source>
        <translation>Alleen wat de detectoren herkennen wordt gemeld; het bestand is met de hand bewerkt.</translation>
    </message>
    <message>
        <source>Ask where the file comes from; share a clean copy.</source>
        <translation>Vraag waar het bestand vandaan komt; deel een schone kopie.</translation>
    </message>
    <message>
        <source>Unfinished write</source>
        <translation>Onvoltooide schrijfactie</translation>
    </message>
    <message>
        <source>A rollback journal lies beside the file: other SQLite readers roll it back and see other contents than reviewed.</source>
        <translation>Naast het bestand ligt een rollback-journal: andere SQLite-lezers draaien het terug en zien andere inhoud dan gereviewd.</translation>
    </message>
    <message>
        <source>A non-empty -journal file beside the snapshot.</source>
        <translation>Een niet-leeg -journal-bestand naast de snapshot.</translation>
    </message>
    <message>
        <source>The journal&apos;s contents are not reviewed.</source>
        <translation>De inhoud van het journal wordt niet gereviewd.</translation>
    </message>
    <message>
        <source>Ask for the snapshot again once its writer has finished.</source>
        <translation>Vraag opnieuw om de snapshot zodra de schrijver klaar is.</translation>
    </message>
    <message>
        <source>Write-ahead log beside the file</source>
        <translation>Write-ahead log naast het bestand</translation>
    </message>
    <message>
        <source>A -wal file beside the snapshot holds changes other readers see.</source>
        <translation>Een -wal-bestand naast de snapshot bevat wijzigingen die andere lezers zien.</translation>
    </message>
    <message>
        <source>A non-empty -wal file beside the snapshot.</source>
        <translation>Een niet-leeg -wal-bestand naast de snapshot.</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Kon niet worden gelezen</translation>
    </message>
    <message>
        <source>Part of the file could not be read.</source>
        <translation>Een deel van het bestand kon niet worden gelezen.</translation>
    </message>
    <message>
        <source>Every read is checked.</source>
        <translation>Elke leesactie wordt gecontroleerd.</translation>
    </message>
    <message>
        <source>Copy the file again and review the copy; never treat it as clean.</source>
        <translation>Kopieer het bestand opnieuw en review de kopie; behandel het nooit als schoon.</translation>
    </message>
    <message>
        <source>Scan incomplete</source>
        <translation>Scan onvolledig</translation>
    </message>
    <message>
        <source>The personal-data scan stopped before it read every cell (time limit or cell budget).</source>
        <translation>De scan op persoonsgegevens stopte voordat hij elke cel had gelezen (tijdslimiet of celbudget).</translation>
    </message>
    <message>
        <source>What was not scanned may hold anything.</source>
        <translation>Wat niet gescand is, kan alles bevatten.</translation>
    </message>
    <message>
        <source>Review again with more time; never treat an incomplete scan as clean.</source>
        <translation>Review opnieuw met meer tijd; behandel een onvolledige scan nooit als schoon.</translation>
    </message>
    <message>
        <source>Hidden table</source>
        <translation>Verborgen tabel</translation>
    </message>
    <message>
        <source>A table named like SQLite&apos;s own (sqlite_…) that SQLite does not make.</source>
        <translation>Een tabel die heet zoals die van SQLite zelf (sqlite_…) maar die SQLite niet maakt.</translation>
    </message>
    <message>
        <source>Every sqlite_ table is compared with the ones SQLite writes; its text is scanned.</source>
        <translation>Elke sqlite_-tabel wordt vergeleken met de tabellen die SQLite schrijft; de tekst erin wordt gescand.</translation>
    </message>
    <message>
        <source>Tools that skip SQLite&apos;s own tables do not show it.</source>
        <translation>Hulpmiddelen die de eigen tabellen van SQLite overslaan, tonen hem niet.</translation>
    </message>
    <message>
        <source>Do not share this file; ask where it comes from.</source>
        <translation>Deel dit bestand niet; vraag waar het vandaan komt.</translation>
    </message>
    <message>
        <source>Infinite or missing number</source>
        <translation>Oneindig of ontbrekend getal</translation>
    </message>
    <message>
        <source>A value stored as infinity or not a number.</source>
        <translation>Een waarde die als oneindig of als geen getal is opgeslagen.</translation>
    </message>
    <message>
        <source>Every number and numeric text of the value tables.</source>
        <translation>Elk getal en elke numerieke tekst van de waardetabellen.</translation>
    </message>
    <message>
        <source>Upstream&apos;s charts fail on such values.</source>
        <translation>De grafieken van upstream falen op zulke waarden.</translation>
    </message>
    <message>
        <source>Fix the collecting query; the viewer leaves such points out and says so.</source>
        <translation>Herstel de verzamelende query; de viewer laat zulke punten weg en zegt dat.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Persoonsgegevens</translation>
    </message>
    <message>
        <source>A value that identifies or concerns a person.</source>
        <translation>Een waarde die een persoon identificeert of over een persoon gaat.</translation>
    </message>
    <message>
        <source>The personal-data detectors.</source>
        <translation>De detectoren voor persoonsgegevens.</translation>
    </message>
    <message>
        <source>Detectors recognise known forms only.</source>
        <translation>Detectoren herkennen alleen bekende vormen.</translation>
    </message>
    <message>
        <source>The file does not match upstream&apos;s schema or data rules here.</source>
        <translation>Het bestand komt hier niet overeen met het schema of de gegevensregels van upstream.</translation>
    </message>
    <message>
        <source>The schema and data checks against upstream&apos;s migration.</source>
        <translation>De schema- en gegevenscontroles tegen de migratie van upstream.</translation>
    </message>
    <message>
        <source>A file from another version of django-insights may differ.</source>
        <translation>Een bestand van een andere versie van django-insights kan afwijken.</translation>
    </message>
    <message>
        <source>Ask where the file comes from; share only conformant snapshots.</source>
        <translation>Vraag waar het bestand vandaan komt; deel alleen conforme snapshots.</translation>
    </message>
</context>
<context>
    <name>iv::FindingsGroups</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of this question (Enter collapses)</source>
        <translation>
            <numerusform>%n bevinding van deze vraag (Enter klapt in)</numerusform>
            <numerusform>%n bevindingen van deze vraag (Enter klapt in)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of this question (Enter shows them)</source>
        <translation>
            <numerusform>%n bevinding van deze vraag (Enter toont deze)</numerusform>
            <numerusform>%n bevindingen van deze vraag (Enter toont ze)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iv::FindingsModel</name>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>A masked sample: the full value never leaves the scan</source>
        <translation>Een gemaskeerd voorbeeld: de volledige waarde verlaat de scan nooit</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Voorbeeld</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Bevinding</translation>
    </message>
    <message>
        <source>acknowledged by the policy</source>
        <translation>geaccepteerd door het beleid</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>iv::FindingsView</name>
    <message>
        <source>All findings</source>
        <translation>Alle bevindingen</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fouten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <source>Filter findings (any column)</source>
        <translation>Bevindingen filteren (elke kolom)</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Bevindingen filteren</translation>
    </message>
    <message>
        <source>Severity or kind of finding</source>
        <translation>Ernst of soort bevinding</translation>
    </message>
    <message>
        <source>Severities and kinds of finding</source>
        <translation>Ernst en soorten bevindingen</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation>Bevinding &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Open Question</source>
        <translation>Vraag &amp;openen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle apps</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle vragen</translation>
    </message>
    <message>
        <source>Select a finding to see what its kind means and what to do.</source>
        <translation>Selecteer een bevinding om te zien wat de soort betekent en wat u kunt doen.</translation>
    </message>
    <message>
        <source>Accept Findings</source>
        <translation>Bevindingen aanvaarden</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n finding(s) accepted?</source>
        <translation>
            <numerusform>Waarom wordt deze %n bevinding aanvaard?</numerusform>
            <numerusform>Waarom worden deze %n bevindingen aanvaard?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Confirmed</source>
        <translation>Markeren als bevestigd</translation>
    </message>
    <message>
        <source>Mark False Positive</source>
        <translation>Markeren als vals-positief</translation>
    </message>
    <message>
        <source>Accept With Reason…</source>
        <translation>Aanvaarden met reden…</translation>
    </message>
    <message>
        <source>Mark Open Again</source>
        <translation>Weer als open markeren</translation>
    </message>
    <message>
        <source>App of the findings</source>
        <translation>App van de bevindingen</translation>
    </message>
    <message>
        <source>Question of the findings</source>
        <translation>Vraag van de bevindingen</translation>
    </message>
    <message>
        <source>Apps of the findings</source>
        <translation>Apps van de bevindingen</translation>
    </message>
    <message>
        <source>Questions of the findings</source>
        <translation>Vragen van de bevindingen</translation>
    </message>
    <message>
        <source>About this kind of finding</source>
        <translation>Over deze soort bevinding</translation>
    </message>
    <message>
        <source>Mark for &amp;Redaction</source>
        <translation>Markeren om te &amp;schonen</translation>
    </message>
    <message>
        <source>&amp;Group by question</source>
        <translation>&amp;Groeperen per vraag</translation>
    </message>
    <message>
        <source>One row per question with the count of its findings; Enter shows or hides them</source>
        <translation>Eén rij per vraag met het aantal bevindingen; Enter toont of verbergt ze</translation>
    </message>
</context>
<context>
    <name>iv::GaugeDial</name>
    <message>
        <source>Range %1 to %2</source>
        <translation>Bereik %1 tot %2</translation>
    </message>
    <message>
        <source>no range stored</source>
        <translation>geen bereik opgeslagen</translation>
    </message>
    <message>
        <source>below the range: drawn at %1</source>
        <translation>onder het bereik: getekend op %1</translation>
    </message>
    <message>
        <source>above the range: drawn at %1</source>
        <translation>boven het bereik: getekend op %1</translation>
    </message>
    <message>
        <source>no range stored: the bar shows the sign around 0</source>
        <translation>geen bereik opgeslagen: de balk toont het teken rond 0</translation>
    </message>
</context>
<context>
    <name>iv::History</name>
    <message>
        <source>%1 UTC</source>
        <comment>a collection time</comment>
        <translation>%1 UTC</translation>
    </message>
</context>
<context>
    <name>iv::HistoryIndex</name>
    <message>
        <source>no such file or folder</source>
        <translation>bestand of map bestaat niet</translation>
    </message>
    <message>
        <source>holds no apps</source>
        <translation>bevat geen apps</translation>
    </message>
    <message>
        <source>no collection time: no counter, gauge or bucket has a created_at</source>
        <translation>geen verzameltijd: geen teller, meter of bucket heeft een created_at</translation>
    </message>
    <message>
        <source>no collection time: created_at &quot;%1&quot; is not a date and time</source>
        <translation>geen verzameltijd: created_at &quot;%1&quot; is geen datum en tijd</translation>
    </message>
    <message>
        <source>another site (apps %1)</source>
        <translation>een andere site (apps %1)</translation>
    </message>
    <message>
        <source>the same file as %1</source>
        <translation>hetzelfde bestand als %1</translation>
    </message>
    <message>
        <source>an unfinished write: a rollback journal (%1) lies beside it, and other SQLite readers see other contents</source>
        <translation>een onvoltooide schrijfactie: er ligt een rollback-journaal (%1) naast, en andere SQLite-lezers zien een andere inhoud</translation>
    </message>
    <message>
        <source>a -wal file lies beside it with changes that are not read here</source>
        <translation>er ligt een -wal-bestand naast met wijzigingen die hier niet worden gelezen</translation>
    </message>
</context>
<context>
    <name>iv::HistoryPage</name>
    <message numerus="yes">
        <source>Reading %n snapshot file(s)…</source>
        <translation>
            <numerusform>%n snapshotbestand wordt gelezen…</numerusform>
            <numerusform>%n snapshotbestanden worden gelezen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No history open</source>
        <translation>Geen geschiedenis geopend</translation>
    </message>
    <message>
        <source>No snapshot of a site could be read</source>
        <translation>Er kon geen snapshot van een site worden gelezen</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n snapshot(s), collected %2 to %3</source>
        <translation>
            <numerusform>Geschiedenis van %1: %n snapshot, verzameld van %2 tot %3</numerusform>
            <numerusform>Geschiedenis van %1: %n snapshots, verzameld van %2 tot %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out:</source>
        <translation>
            <numerusform>%n bestand weggelaten:</numerusform>
            <numerusform>%n bestanden weggelaten:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … en nog %n</numerusform>
            <numerusform>  … en nog %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Not in %1: the bucket is new.</source>
        <translation>Niet in %1: de bucket is nieuw.</translation>
    </message>
    <message>
        <source>Not in %1: the bucket was removed.</source>
        <translation>Niet in %1: de bucket is verwijderd.</translation>
    </message>
    <message>
        <source>Points: %1 → %2</source>
        <translation>Punten: %1 → %2</translation>
    </message>
    <message>
        <source>Categories added: %1</source>
        <translation>Toegevoegde categorieën: %1</translation>
    </message>
    <message>
        <source>Categories removed: %1</source>
        <translation>Verwijderde categorieën: %1</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Buckets</source>
        <translation>Buckets</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
    <message>
        <source>All trends</source>
        <translation>Alle trends</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergelijken:</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>met:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Older snapshot</source>
        <translation>Oudere snapshot</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Nieuwere snapshot</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trendgrafiek</translation>
    </message>
    <message>
        <source>Bucket of two snapshots</source>
        <translation>Bucket van twee snapshots</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Weggelaten bestanden</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 categories; the other %3 are summed in one pair of bars.</source>
        <translation>De %1 grootste van %2 categorieën worden getoond; de overige %3 zijn opgeteld in één paar staven.</translation>
    </message>
</context>
<context>
    <name>iv::HistoryTimelineView</name>
    <message>
        <source>Reviewing two snapshots…</source>
        <translation>Twee snapshots worden gecontroleerd…</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 toegevoegd</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verschoven</translation>
    </message>
    <message>
        <source>No changes beyond the threshold</source>
        <translation>Geen wijzigingen boven de drempel</translation>
    </message>
    <message>
        <source>New review findings</source>
        <translation>Nieuwe controlebevindingen</translation>
    </message>
    <message>
        <source>in %1 since %2: %3</source>
        <translation>in %1 sinds %2: %3</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>nieuwe bevinding</translation>
    </message>
    <message>
        <source>Changes since:</source>
        <translation>Wijzigingen sinds:</translation>
    </message>
    <message>
        <source>Moved by more than:</source>
        <translation>Verschoven met meer dan:</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Wijzigingen sinds</translation>
    </message>
    <message>
        <source>Change threshold</source>
        <translation>Wijzigingsdrempel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Wat is gewijzigd</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Find New Review Findings</source>
        <translation>Nieuwe controlebevindingen zoeken</translation>
    </message>
    <message>
        <source>Find new review findings</source>
        <translation>Nieuwe controlebevindingen zoeken</translation>
    </message>
    <message>
        <source>Reviews the snapshot chosen above and the latest (personal data, conformance) and lists what the latest has that the other had not.</source>
        <translation>Controleert de hierboven gekozen snapshot en de nieuwste (persoonsgegevens, conformiteit) en somt op wat de nieuwste heeft en de andere niet had.</translation>
    </message>
</context>
<context>
    <name>iv::HistoryTrend</name>
    <message>
        <source>collected</source>
        <translation>verzameld</translation>
    </message>
</context>
<context>
    <name>iv::KindName</name>
    <message>
        <source>counter</source>
        <translation>teller</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>meter</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>tijdreeks</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>histogram</translation>
    </message>
    <message>
        <source>scatter plot</source>
        <translation>spreidingsdiagram</translation>
    </message>
    <message>
        <source>bar chart</source>
        <translation>staafdiagram</translation>
    </message>
    <message>
        <source>horizontal bar chart</source>
        <translation>horizontaal staafdiagram</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>onbekende soort</translation>
    </message>
</context>
<context>
    <name>iv::MainWindow</name>
    <message>
        <source>Done.</source>
        <translation>Klaar.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Geëxporteerd naar %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Filter box and tree of the snapshot&apos;s apps and questions</source>
        <translation>Filtervak en boom met de apps en vragen van de snapshot</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Applicatienaam</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Welkom</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Opgeslagen waarden</translation>
    </message>
    <message>
        <source>The raw values of this question: id, timestamp, x, y and category</source>
        <translation>De ruwe waarden van deze vraag: id, tijdstempel, x, y en categorie</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergelijking</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Bestandspad</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Toegang</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>alleen-lezen</translation>
    </message>
    <message>
        <source>collected: unknown</source>
        <translation>verzameld: onbekend</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>verzameld %1</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>kan geen tijdelijke map aanmaken: %1</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Kon het voorbeeld niet aanmaken: %1</translation>
    </message>
    <message>
        <source>Could not reload: %1</source>
        <translation>Kon niet herladen: %1</translation>
    </message>
    <message>
        <source>The file changed on disk and was reloaded.</source>
        <translation>Het bestand is op schijf gewijzigd en opnieuw geladen.</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Opnieuw geladen.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Kan bestand niet openen</translation>
    </message>
    <message>
        <source>django-insights snapshots (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>django-insights-snapshots (*.db *.sqlite *.sqlite3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Open an insights.db snapshot, read-only</source>
        <translation>Een insights.db-snapshot openen, alleen-lezen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Recent &amp;geopend</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>&amp;Voorbeeld openen</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>&amp;Herladen</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>Het geopende bestand opnieuw lezen</translation>
    </message>
    <message>
        <source>C&amp;ollect…</source>
        <translation>Ver&amp;zamelen…</translation>
    </message>
    <message>
        <source>Run a collect project and open the snapshot it writes</source>
        <translation>Een verzamelproject uitvoeren en de snapshot openen die het schrijft</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Sluiten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Volgend paneel</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>Vo&amp;rig paneel</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Volledig &amp;scherm</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Controle</translation>
    </message>
    <message>
        <source>&amp;Review This Snapshot</source>
        <translation>Deze snapshot &amp;controleren</translation>
    </message>
    <message>
        <source>Identity, integrity, conformance and personal data of the open file</source>
        <translation>Identiteit, integriteit, conformiteit en persoonsgegevens van het geopende bestand</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Vergelijken met…</translation>
    </message>
    <message>
        <source>Compare the open file with another snapshot</source>
        <translation>Het geopende bestand met een andere snapshot vergelijken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;Over %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (ontbreekt)</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot openen</translation>
    </message>
    <message>
        <source>Choose a collect project</source>
        <translation>Kies een verzamelproject</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergelijken met</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Over %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A desktop viewer for django-insights snapshots. Files are opened read-only: nothing in or beside them changes.

MIT licence. Built with Qt %1.</source>
        <translation>Een desktopviewer voor django-insights-snapshots. Bestanden worden alleen-lezen geopend: er verandert niets in of naast de bestanden.

MIT-licentie. Gebouwd met Qt %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Cannot run the collect project</source>
        <translation>Kan het verzamelproject niet uitvoeren</translation>
    </message>
    <message>
        <source>Save Re&amp;dacted Copy…</source>
        <translation>Geschoonde kopie op&amp;slaan…</translation>
    </message>
    <message>
        <source>Write a copy in upstream&apos;s schema with every flagged value replaced, and a log of the changes beside it</source>
        <translation>Een kopie in het schema van upstream schrijven waarin elke gemarkeerde waarde is vervangen, met een logboek van de wijzigingen ernaast</translation>
    </message>
    <message>
        <source>Save Redacted Copy</source>
        <translation>Geschoonde kopie opslaan</translation>
    </message>
    <message>
        <source>Writing a redacted copy to %1…</source>
        <translation>Geschoonde kopie wordt geschreven naar %1…</translation>
    </message>
    <message>
        <source>Cannot save the redacted copy</source>
        <translation>Kan de geschoonde kopie niet opslaan</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>Go back to the page shown before</source>
        <translation>Terug naar de eerder getoonde pagina</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Voor&amp;uit</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Weer vooruit gaan</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Beleid…</translation>
    </message>
    <message>
        <source>Choose the review policy (accepted findings, allowed tables) for this review</source>
        <translation>Het controlebeleid (aanvaarde bevindingen, toegestane tabellen) voor deze controle kiezen</translation>
    </message>
    <message>
        <source>Save as P&amp;olicy…</source>
        <translation>Opslaan als be&amp;leid…</translation>
    </message>
    <message>
        <source>Write the accepted and false-positive findings into a review policy</source>
        <translation>De aanvaarde en vals-positieve bevindingen naar een controlebeleid schrijven</translation>
    </message>
    <message numerus="yes">
        <source>Marked for redaction: %n cell(s)</source>
        <translation>
            <numerusform>Gemarkeerd om te schonen: %n cel</numerusform>
            <numerusform>Gemarkeerd om te schonen: %n cellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No question or app &quot;%1&quot; in this file.</source>
        <translation>Geen vraag of app &quot;%1&quot; in dit bestand.</translation>
    </message>
    <message>
        <source>Open &amp;History…</source>
        <translation>G&amp;eschiedenis openen…</translation>
    </message>
    <message>
        <source>Open many snapshots of one site as trends: several files, or one file and its whole folder</source>
        <translation>Veel snapshots van één site openen als trends: meerdere bestanden, of één bestand en de hele map ervan</translation>
    </message>
    <message>
        <source>Question &amp;Tree</source>
        <translation>Vragen&amp;boom</translation>
    </message>
    <message>
        <source>Pre&amp;view Redacted Copy…</source>
        <translation>Voorvertoning van geschoonde &amp;kopie…</translation>
    </message>
    <message>
        <source>Show each cell the redacted copy replaces, before (masked) and after, with the cells marked by hand</source>
        <translation>Elke cel tonen die de geschoonde kopie vervangt, voor (gemaskeerd) en na, inclusief de handmatig gemarkeerde cellen</translation>
    </message>
    <message>
        <source>Collect projects and Django sites (*.json manage.py);;All files (*)</source>
        <translation>Verzamelprojecten en Django-sites (*.json manage.py);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>the copy reviews clean</source>
        <translation>de kopie is bij controle schoon</translation>
    </message>
    <message numerus="yes">
        <source>the copy still has %n finding(s) and is not clean</source>
        <translation>
            <numerusform>de kopie heeft nog %n bevinding en is niet schoon</numerusform>
            <numerusform>de kopie heeft nog %n bevindingen en is niet schoon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check by eye</source>
        <translation>
            <numerusform>%n waarde om visueel te controleren</numerusform>
            <numerusform>%n waarden om visueel te controleren</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the redacted copy %1 (cells replaced: %2, marked by hand: %3); %4; log: %5</source>
        <translation>Geschoonde kopie %1 opgeslagen (cellen vervangen: %2, handmatig gemarkeerd: %3); %4; logboek: %5</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message numerus="yes">
        <source>History: %n snapshot(s)</source>
        <translation>
            <numerusform>Geschiedenis: %n snapshot</numerusform>
            <numerusform>Geschiedenis: %n snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) left out</source>
        <translation>
            <numerusform>, %n bestand weggelaten</numerusform>
            <numerusform>, %n bestanden weggelaten</numerusform>
        </translation>
    </message>
    <message>
        <source>Open history: several snapshots, or one and its folder</source>
        <translation>Geschiedenis openen: meerdere snapshots, of één en de map ervan</translation>
    </message>
    <message>
        <source>Snapshots (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Snapshots (*.db *.sqlite *.sqlite3 *.db3);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>&amp;Draft from Django Site…</source>
        <translation>&amp;Ontwerp vanuit Django-site…</translation>
    </message>
    <message>
        <source>Write a collect project from a Django site&apos;s own metrics</source>
        <translation>Een verzamelproject schrijven uit de eigen metrieken van een Django-site</translation>
    </message>
    <message>
        <source>Choose the Django site&apos;s manage.py</source>
        <translation>Kies de manage.py van de Django-site</translation>
    </message>
    <message>
        <source>Django sites (manage.py);;All files (*)</source>
        <translation>Django-sites (manage.py);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Save the Drafted Project</source>
        <translation>Ontworpen project opslaan</translation>
    </message>
    <message>
        <source>Collect projects (*.json)</source>
        <translation>Verzamelprojecten (*.json)</translation>
    </message>
</context>
<context>
    <name>iv::PersonalDataScanner</name>
    <message>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>payment card number</source>
        <translation>betaalkaartnummer</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-adres</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-adres</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>persoonsnaam</translation>
    </message>
    <message>
        <source>national id number</source>
        <translation>nationaal identificatienummer</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>inloggegeven</translation>
    </message>
    <message>
        <source>x axis label</source>
        <translation>label van de x-as</translation>
    </message>
    <message>
        <source>y axis label</source>
        <translation>label van de y-as</translation>
    </message>
    <message>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>beschrijving</translation>
    </message>
    <message>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <source>category of a person bucket (&apos;%1&apos; in its %2)</source>
        <translation>categorie van een persoonsbucket (%2 bevat &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>category of a bucket of names</source>
        <translation>categorie van een bucket met namen</translation>
    </message>
    <message>
        <source>in a text about people (&apos;%1&apos; in its %2)</source>
        <translation>in een tekst over personen (%2 bevat &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>iv::PngEncoder</name>
    <message>
        <source>cannot encode the image</source>
        <translation>kan de afbeelding niet coderen</translation>
    </message>
</context>
<context>
    <name>iv::PreferencesDialog</name>
    <message>
        <source>Primary Chart Colour (Dark Theme)</source>
        <translation>Primaire grafiekkleur (donker thema)</translation>
    </message>
    <message>
        <source>Primary Chart Colour (Light Theme)</source>
        <translation>Primaire grafiekkleur (licht thema)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>Application &amp;name:</source>
        <translation>Applicatie&amp;naam:</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Applicatienaam</translation>
    </message>
    <message>
        <source>Shown in the window title and above the dashboard</source>
        <translation>Getoond in de venstertitel en boven het dashboard</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Chart colour, &amp;light theme:</source>
        <translation>Grafiekkleur, &amp;licht thema:</translation>
    </message>
    <message>
        <source>Primary chart colour for the light theme</source>
        <translation>Primaire grafiekkleur voor het lichte thema</translation>
    </message>
    <message>
        <source>Opens a colour chooser</source>
        <translation>Opent een kleurkiezer</translation>
    </message>
    <message>
        <source>Chart colour, &amp;dark theme:</source>
        <translation>Grafiekkleur, &amp;donker thema:</translation>
    </message>
    <message>
        <source>Primary chart colour for the dark theme</source>
        <translation>Primaire grafiekkleur voor het donkere thema</translation>
    </message>
    <message>
        <source>E&amp;xport resolution:</source>
        <translation>E&amp;xportresolutie:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Export resolution in dots per inch</source>
        <translation>Exportresolutie in dots per inch</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systeemstandaard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept for the next start.</source>
        <translation>Wijzigingen gelden meteen en blijven bewaard voor de volgende start.</translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation>De standaardvoorkeuren herstellen</translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation>De voorkeuren sluiten</translation>
    </message>
    <message>
        <source>Ga&amp;uge ranges (set one from a gauge card&apos;s context menu):</source>
        <translation>Meterbe&amp;reiken (stel er een in via het contextmenu van een meterkaart):</translation>
    </message>
    <message>
        <source>App module</source>
        <translation>App-module</translation>
    </message>
    <message>
        <source>Question label</source>
        <translation>Vraaglabel</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Gauge ranges</source>
        <translation>Meterbereiken</translation>
    </message>
    <message>
        <source>Remo&amp;ve Range</source>
        <translation>Bereik &amp;verwijderen</translation>
    </message>
    <message>
        <source>Remove the selected gauge ranges</source>
        <translation>De geselecteerde meterbereiken verwijderen</translation>
    </message>
    <message>
        <source>Review: s&amp;mall counts below:</source>
        <translation>Controle: kleine aantallen &amp;minder dan:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>uit</translation>
    </message>
    <message>
        <source>Counts from 1 up to this number minus one can single a person out: the review reports them (small-count). 0 turns the check off.</source>
        <translation>Aantallen van 1 tot dit getal min één kunnen een persoon herkenbaar maken: de controle meldt ze (small-count). 0 schakelt de controle uit.</translation>
    </message>
    <message>
        <source>Review small counts below this number</source>
        <translation>Kleine aantallen onder dit getal controleren</translation>
    </message>
</context>
<context>
    <name>iv::QuestionPage</name>
    <message>
        <source>Could not load the values: %1</source>
        <translation>Kon de waarden niet laden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>verzameld %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>Raw values</source>
        <translation>Ruwe waarden</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschrijving</translation>
    </message>
    <message>
        <source>Mark Category for &amp;Redaction</source>
        <translation>Categorie markeren om te &amp;schonen</translation>
    </message>
    <message>
        <source>Replace this value in the redacted copy, although no detector flagged it</source>
        <translation>Deze waarde in de geschoonde kopie vervangen, hoewel geen detector haar heeft gemarkeerd</translation>
    </message>
</context>
<context>
    <name>iv::QuestionTreeView</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>Filter questions (Ctrl+F)</source>
        <translation>Vragen filteren (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Vragen filteren</translation>
    </message>
    <message>
        <source>Shows only questions whose text, label, description or app matches</source>
        <translation>Toont alleen vragen waarvan de tekst, het label, de beschrijving of de app overeenkomt</translation>
    </message>
    <message>
        <source>Apps and questions</source>
        <translation>Apps en vragen</translation>
    </message>
    <message>
        <source>The snapshot, its apps and their questions; Enter or a click opens one</source>
        <translation>De snapshot, de apps en hun vragen; Enter of een klik opent er een</translation>
    </message>
</context>
<context>
    <name>iv::RedactionPreviewDialog</name>
    <message>
        <source>Preview of the Redacted Copy</source>
        <translation>Voorvertoning van de geschoonde kopie</translation>
    </message>
    <message>
        <source>The copy cannot be made: %1</source>
        <translation>De kopie kan niet worden gemaakt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will be replaced</source>
        <translation>
            <numerusform>%n cel wordt vervangen</numerusform>
            <numerusform>%n cellen worden vervangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n distinct value(s)</source>
        <translation>
            <numerusform>(%n verschillende waarde</numerusform>
            <numerusform>(%n verschillende waarden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked by hand)</source>
        <translation>
            <numerusform>%n handmatig gemarkeerd)</numerusform>
            <numerusform>%n handmatig gemarkeerd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), column(s) or other object(s) not in upstream&apos;s schema will be left out.</source>
        <translation>
            <numerusform>%n tabel, kolom of ander object dat niet in het schema van upstream staat, wordt weggelaten.</numerusform>
            <numerusform>%n tabellen, kolommen of andere objecten die niet in het schema van upstream staan, worden weggelaten.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was reviewed again: clean.</source>
        <translation>De kopie is opnieuw gecontroleerd: schoon.</translation>
    </message>
    <message numerus="yes">
        <source>The copy was reviewed again and still has %n finding(s): it is not clean.</source>
        <translation>
            <numerusform>De kopie is opnieuw gecontroleerd en heeft nog %n bevinding: ze is niet schoon.</numerusform>
            <numerusform>De kopie is opnieuw gecontroleerd en heeft nog %n bevindingen: ze is niet schoon.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of it to check by eye.</source>
        <translation>
            <numerusform>%n waarde ervan om visueel te controleren.</numerusform>
            <numerusform>%n waarden ervan om visueel te controleren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 cells; the log lists all.</source>
        <translation>De eerste %1 cellen worden getoond; het logboek vermeldt ze allemaal.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Before (masked)</source>
        <translation>Voor (gemaskeerd)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Replaced cells</source>
        <translation>Vervangen cellen</translation>
    </message>
    <message>
        <source>%1.%2 row %3</source>
        <translation>%1.%2 rij %3</translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation>handmatig gemarkeerd</translation>
    </message>
    <message>
        <source>&amp;Save Copy…</source>
        <translation>Kopie op&amp;slaan…</translation>
    </message>
</context>
<context>
    <name>iv::ReportWriter</name>
    <message>
        <source>Report on %1</source>
        <translation>Rapport over %1</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>kan niet op het uitvoerapparaat tekenen</translation>
    </message>
    <message>
        <source>Snapshot report</source>
        <translation>Snapshotrapport</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Aantallen</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Rapport gemaakt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Waarschuwing: %1</translation>
    </message>
    <message>
        <source>Counters and gauges</source>
        <translation>Tellers en meters</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(onleesbaar: %1)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(geen waarde)</translation>
    </message>
    <message>
        <source>(not a number: %1)</source>
        <translation>(geen getal: %1)</translation>
    </message>
    <message>
        <source>%1 counter</source>
        <translation>%1 teller</translation>
    </message>
    <message>
        <source>%1 counters</source>
        <translation>%1 tellers</translation>
    </message>
    <message>
        <source>%1 gauge</source>
        <translation>%1 meter</translation>
    </message>
    <message>
        <source>%1 gauges</source>
        <translation>%1 meters</translation>
    </message>
    <message>
        <source>%1 timeseries</source>
        <translation>%1 tijdreeksen</translation>
    </message>
    <message>
        <source>%1 scatterplot</source>
        <translation>%1 spreidingsdiagram</translation>
    </message>
    <message>
        <source>%1 scatterplots</source>
        <translation>%1 spreidingsdiagrammen</translation>
    </message>
    <message>
        <source>%1 barchart</source>
        <translation>%1 staafdiagram</translation>
    </message>
    <message>
        <source>%1 barcharts</source>
        <translation>%1 staafdiagrammen</translation>
    </message>
    <message>
        <source>%1 horizontal barchart</source>
        <translation>%1 horizontaal staafdiagram</translation>
    </message>
    <message>
        <source>%1 horizontal barcharts</source>
        <translation>%1 horizontale staafdiagrammen</translation>
    </message>
    <message>
        <source>%1 histogram</source>
        <translation>%1 histogram</translation>
    </message>
    <message>
        <source>%1 histograms</source>
        <translation>%1 histogrammen</translation>
    </message>
    <message>
        <source>%1 of an unsupported kind</source>
        <translation>%1 van een niet-ondersteunde soort</translation>
    </message>
    <message>
        <source>%1 (bucket &quot;%2&quot;)</source>
        <translation>%1 (bucket &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>iv::ReviewPage</name>
    <message>
        <source>Conformant with upstream&apos;s schema, integrity ok, no findings.</source>
        <translation>Conform het upstream-schema, integriteit in orde, geen bevindingen.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>No file reviewed yet.</source>
        <translation>Nog geen bestand gecontroleerd.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Bezig met controleren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>De controle annuleren</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wordt berekend…</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 bytes)</translation>
    </message>
    <message>
        <source>%1 pages of %2 bytes</source>
        <translation>%1 pagina&apos;s van %2 bytes</translation>
    </message>
    <message>
        <source>free pages (freelist): %1</source>
        <translation>vrije pagina&apos;s (freelist): %1</translation>
    </message>
    <message>
        <source>%1, %2, written by SQLite %3.%4.%5</source>
        <translation>%1, %2, geschreven door SQLite %3.%4.%5</translation>
    </message>
    <message>
        <source>user_version %1, application_id %2</source>
        <translation>user_version %1, application_id %2</translation>
    </message>
    <message>
        <source>not an SQLite header</source>
        <translation>geen SQLite-header</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niet gecontroleerd</translation>
    </message>
    <message>
        <source>conformant with upstream&apos;s schema</source>
        <translation>conform het schema van upstream</translation>
    </message>
    <message>
        <source>NOT conformant with upstream&apos;s schema (see the findings)</source>
        <translation>NIET conform het schema van upstream (zie de bevindingen)</translation>
    </message>
    <message>
        <source>apps: %1, questions: %2, bucket values: %3</source>
        <translation>apps: %1, vragen: %2, bucketwaarden: %3</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>executions recorded: %1</source>
        <translation>vastgelegde uitvoeringen: %1</translation>
    </message>
    <message>
        <source>%1 text cells in %2 tables</source>
        <translation>%1 tekstcellen in %2 tabellen</translation>
    </message>
    <message>
        <source>%1 text cells in %2 tables (incomplete)</source>
        <translation>%1 tekstcellen in %2 tabellen (onvolledig)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Geen bevindingen.</translation>
    </message>
    <message>
        <source>Findings: %1 (errors: %2, warnings: %3)</source>
        <translation>Bevindingen: %1 (fouten: %2, waarschuwingen: %3)</translation>
    </message>
    <message>
        <source>(showing %1 of %2)</source>
        <translation>(%1 van %2 getoond)</translation>
    </message>
    <message>
        <source>%1 more of the same kind (%2), not listed one by one</source>
        <translation>nog %1 van dezelfde soort (%2), niet afzonderlijk vermeld</translation>
    </message>
    <message>
        <source>%1 more of the same kind (%2) in %3, not listed one by one</source>
        <translation>nog %1 van dezelfde soort (%2) in %3, niet afzonderlijk vermeld</translation>
    </message>
    <message>
        <source>Findings in all: %1</source>
        <translation>Bevindingen in totaal: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Bevindingen: %1</translation>
    </message>
    <message>
        <source>Cancelled: the review is incomplete.</source>
        <translation>Geannuleerd: de controle is onvolledig.</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>Damaged: the integrity check failed</source>
        <translation>Beschadigd: de integriteitscontrole is mislukt</translation>
    </message>
    <message>
        <source>Not conformant with upstream&apos;s schema</source>
        <translation>Niet conform het schema van upstream</translation>
    </message>
    <message>
        <source>Conformant, with findings</source>
        <translation>Conform, met bevindingen</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Schoon</translation>
    </message>
    <message>
        <source>Integrity, conformance and personal data of %1</source>
        <translation>Integriteit, conformiteit en persoonsgegevens van %1</translation>
    </message>
    <message>
        <source>%1: no finished review to export</source>
        <translation>%1: geen voltooide controle om te exporteren</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Controle exporteren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Export Review…</source>
        <translation>Controle exporteren…</translation>
    </message>
    <message>
        <source>Export the review as a PDF record, JSON or text</source>
        <translation>De controle exporteren als PDF-verslag, JSON of tekst</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Besluit:</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Geen besluit</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Goedgekeurd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Afgewezen</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Besluit van de controleur</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Opmerking:</translation>
    </message>
    <message>
        <source>Why, by whom, on what condition…</source>
        <translation>Waarom, door wie, onder welke voorwaarde…</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Opmerking van de controleur</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Gewijzigd (UTC)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-bestand</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation>Conformiteit</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Gescand</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Scanned %1 text cells in %2 tables</source>
        <translation>%1 tekstcellen in %2 tabellen gescand</translation>
    </message>
    <message numerus="yes">
        <source>, and %n free page(s)</source>
        <translation>
            <numerusform>, en %n vrije pagina</numerusform>
            <numerusform>, en %n vrije pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <source>with the detectors for e-mail addresses, phone numbers, IBANs, payment cards, IPv4 and IPv6 addresses, people&apos;s names (lexicons and context), national ids and credentials. Detectors recognise known forms only: check buckets about people by eye.</source>
        <translation>met de detectoren voor e-mailadressen, telefoonnummers, IBAN&apos;s, betaalkaarten, IPv4- en IPv6-adressen, namen van personen (lexicons en context), nationale identificatienummers en inloggegevens. Detectoren herkennen alleen bekende vormen: controleer buckets over personen zelf.</translation>
    </message>
    <message>
        <source>PDF record, with JSON beside it (*.pdf);;JSON (*.json);;Text (*.txt);;SARIF 2.1.0 of the shown findings (*.sarif);;CSV of the shown findings (*.csv)</source>
        <translation>PDF-verslag, met JSON ernaast (*.pdf);;JSON (*.json);;Tekst (*.txt);;SARIF 2.1.0 van de getoonde bevindingen (*.sarif);;CSV van de getoonde bevindingen (*.csv)</translation>
    </message>
    <message>
        <source>Save as Policy…</source>
        <translation>Opslaan als beleid…</translation>
    </message>
    <message>
        <source>Save the accepted and false-positive findings as a review policy for the next snapshots</source>
        <translation>De aanvaarde en vals-positieve bevindingen opslaan als controlebeleid voor de volgende snapshots</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Controleur:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Uw naam</translation>
    </message>
    <message>
        <source>Reviewer&apos;s name</source>
        <translation>Naam van de controleur</translation>
    </message>
    <message>
        <source>%1: the policy would replace the reviewed file</source>
        <translation>%1: het beleid zou het gecontroleerde bestand vervangen</translation>
    </message>
    <message>
        <source>Review Policy</source>
        <translation>Controlebeleid</translation>
    </message>
    <message>
        <source>Review policy (*.json)</source>
        <translation>Controlebeleid (*.json)</translation>
    </message>
    <message>
        <source>Cannot use the policy</source>
        <translation>Kan het beleid niet gebruiken</translation>
    </message>
    <message>
        <source>Save as Policy</source>
        <translation>Opslaan als beleid</translation>
    </message>
    <message>
        <source>Cannot save the policy</source>
        <translation>Kan het beleid niet opslaan</translation>
    </message>
    <message numerus="yes">
        <source>in %n question(s) or table(s)</source>
        <translation>
            <numerusform>in %n vraag of tabel</numerusform>
            <numerusform>in %n vragen of tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked for redaction by hand: %n cell(s) (Review › Preview Redacted Copy… shows the copy)</source>
        <translation>
            <numerusform>Handmatig gemarkeerd om te schonen: %n cel (Controle › Voorvertoning van geschoonde kopie… toont de kopie)</numerusform>
            <numerusform>Handmatig gemarkeerd om te schonen: %n cellen (Controle › Voorvertoning van geschoonde kopie… toont de kopie)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>To check by eye: %n value(s) of buckets about people that no detector recognised: %1</source>
        <translation>
            <numerusform>Visueel te controleren: %n waarde van buckets over personen die geen detector herkende: %1</numerusform>
            <numerusform>Visueel te controleren: %n waarden van buckets over personen die geen detector herkende: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(all of them in the exported report)</source>
        <translation>(allemaal in het geëxporteerde rapport)</translation>
    </message>
</context>
<context>
    <name>iv::ReviewPolicy</name>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty string</source>
        <translation>%1: &quot;%2&quot; moet niet-lege tekst zijn</translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB, not a policy file</source>
        <translation>%1: groter dan 16 MiB, geen beleidsbestand</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>geen geldige JSON (%1 op positie %2)</translation>
    </message>
    <message>
        <source>a policy is a JSON object</source>
        <translation>een beleid is een JSON-object</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>onbekende sleutel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1</source>
        <translation>&quot;version&quot; moet 1 zijn</translation>
    </message>
    <message>
        <source>&quot;min-count&quot; must be a whole number from 0 to 1000000</source>
        <translation>&quot;min-count&quot; moet een geheel getal van 0 tot 1000000 zijn</translation>
    </message>
    <message>
        <source>&quot;allowed-tables&quot; must be a list of table names</source>
        <translation>&quot;allowed-tables&quot; moet een lijst van tabelnamen zijn</translation>
    </message>
    <message>
        <source>&quot;allowed-tables&quot;: %1 is upstream&apos;s table name, it cannot be an extra table</source>
        <translation>&quot;allowed-tables&quot;: %1 is een tabelnaam van upstream, het kan geen extra tabel zijn</translation>
    </message>
    <message>
        <source>&quot;acknowledged&quot; must be a list of findings</source>
        <translation>&quot;acknowledged&quot; moet een lijst van bevindingen zijn</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 moet een object zijn</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: onbekende sleutel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;code&quot; is missing</source>
        <translation>%1: &quot;code&quot; ontbreekt</translation>
    </message>
    <message>
        <source>%1: &quot;row&quot; must be a whole number (a rowid)</source>
        <translation>%1: &quot;row&quot; moet een geheel getal zijn (een rowid)</translation>
    </message>
    <message>
        <source>%1: &quot;column&quot; and &quot;row&quot; need &quot;table&quot;</source>
        <translation>%1: &quot;column&quot; en &quot;row&quot; vereisen &quot;table&quot;</translation>
    </message>
    <message>
        <source>%1: name a place (&quot;app&quot;, &quot;question&quot;, &quot;table&quot;) or a &quot;sample&quot;</source>
        <translation>%1: noem een plaats (&quot;app&quot;, &quot;question&quot;, &quot;table&quot;) of een &quot;sample&quot;</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) matched no finding in this file</source>
        <translation>acknowledged[%1] (%2) kwam met geen enkele bevinding in dit bestand overeen</translation>
    </message>
    <message>
        <source>%1: %2 is personal data or a secret: acknowledge it by &quot;row&quot; (with &quot;table&quot;) or by &quot;sample&quot;, so new values at the same place are not accepted too</source>
        <translation>%1: %2 is een persoonsgegeven of een geheim: accepteer het via &quot;row&quot; (met &quot;table&quot;) of via &quot;sample&quot;, zodat nieuwe waarden op dezelfde plek niet ook worden geaccepteerd</translation>
    </message>
    <message>
        <source>%1: &quot;fingerprint&quot; must be &quot;v1:&quot;, 32 hex digits, &quot;:&quot; and 64 hex digits, as Save as Policy writes it</source>
        <translation>%1: &quot;fingerprint&quot; moet &quot;v1:&quot;, 32 hexadecimale cijfers, &quot;:&quot; en 64 hexadecimale cijfers zijn, zoals Opslaan als beleid het schrijft</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) accepts nothing: a policy cannot acknowledge %2 (content the review could not read, or a review that cannot be trusted); it always counts</source>
        <translation>acknowledged[%1] (%2) accepteert niets: een beleid kan %2 niet erkennen (inhoud die de controle niet kon lezen, of een controle die niet te vertrouwen is); het telt altijd</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) is pinned by masked sample or row only and accepts nothing: neither tells one value from another; acknowledge the finding again (Save as Policy…) to pin its value</source>
        <translation>acknowledged[%1] (%2) is alleen vastgelegd met een gemaskeerd voorbeeld of een rij en accepteert niets: geen van beide onderscheidt de ene waarde van de andere; erken de bevinding opnieuw (Opslaan als beleid…) om haar waarde vast te leggen</translation>
    </message>
</context>
<context>
    <name>iv::ReviewRecord</name>
    <message>
        <source>approved</source>
        <translation>goedgekeurd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>afgewezen</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>geen besluit vastgelegd</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>schoon</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>bevindingen</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>onleesbaar</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Controleverslag</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Gewijzigd (UTC)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Controle</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Programma</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Conform</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Beleid</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Besluit van de controleur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>Findings (%1, acknowledged: %2)</source>
        <translation>Bevindingen (%1, geaccepteerd: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>Sample (masked)</source>
        <translation>Voorbeeld (gemaskeerd)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>Review record of %1</source>
        <translation>Controleverslag van %1</translation>
    </message>
    <message>
        <source>%1: the record would replace the reviewed file</source>
        <translation>%1: het verslag zou het gecontroleerde bestand vervangen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Controleur</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(niet opgegeven)</translation>
    </message>
    <message>
        <source>%1 at %2 (UTC)</source>
        <translation>%1 om %2 (UTC)</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Beoordeling</translation>
    </message>
    <message>
        <source>open %1, confirmed %2, false positive %3, accepted %4</source>
        <translation>open %1, bevestigd %2, vals-positief %3, aanvaard %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>acknowledged by the policy</source>
        <translation>geaccepteerd door het beleid</translation>
    </message>
    <message>
        <source>To check by eye (%1)</source>
        <translation>Visueel te controleren (%1)</translation>
    </message>
    <message>
        <source>Values of buckets about people that no detector recognised.</source>
        <translation>Waarden van buckets over personen die geen detector herkende.</translation>
    </message>
</context>
<context>
    <name>iv::ReviewReport</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 bytes</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Gewijzigd (UTC)</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>(niet berekend)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Paginagrootte</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagina&apos;s</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Codering</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Journaalmodus</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschreven door</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>not an SQLite header</source>
        <translation>geen SQLite-header</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Onleesbaar</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integriteit</translation>
    </message>
    <message>
        <source>Conformance with upstream&apos;s schema</source>
        <translation>Overeenstemming met het schema van upstream</translation>
    </message>
    <message>
        <source>conformant</source>
        <translation>conform</translation>
    </message>
    <message>
        <source>NOT conformant (see findings)</source>
        <translation>NIET conform (zie bevindingen)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Vragen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Bucket points</source>
        <translation>Bucketpunten</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Verzameld</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Uitvoeringen</translation>
    </message>
    <message>
        <source>(no insights_executiondelta table)</source>
        <translation>(geen tabel insights_executiondelta)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>Personal-data scan</source>
        <translation>Scan op persoonsgegevens</translation>
    </message>
    <message numerus="yes">
        <source>%n text cells</source>
        <translation>
            <numerusform>%n tekstcel</numerusform>
            <numerusform>%n tekstcellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n tabel</numerusform>
            <numerusform>%n tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 (incomplete, see notes)</source>
        <translation>%1 in %2 (onvolledig, zie opmerkingen)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Bevindingen (%1)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rij %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>fout</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>waarschuwing</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Opmerkingen</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(geaccepteerd)</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>app %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>vraag %1</translation>
    </message>
    <message>
        <source>Findings (%1, acknowledged: %2)</source>
        <translation>Bevindingen (%1, geaccepteerd: %2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… en nog %1</translation>
    </message>
    <message>
        <source>detectors: %1</source>
        <translation>detectoren: %1</translation>
    </message>
    <message>
        <source>To check by eye (%1): values of buckets about people that no detector recognised</source>
        <translation>Visueel te controleren (%1): waarden van buckets over personen die geen detector herkende</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotDiff</name>
    <message>
        <source>(not a number: %1)</source>
        <translation>(geen getal: %1)</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>punt %1</translation>
    </message>
    <message>
        <source>values not compared: %1</source>
        <translation>waarden niet vergeleken: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>Oud: %1
Nieuw: %2
</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>app %1</translation>
    </message>
    <message>
        <source>(%1 changed, %2 added, %3 removed)</source>
        <translation>(%1 gewijzigd, %2 toegevoegd, %3 verwijderd)</translation>
    </message>
    <message>
        <source>[changed: %1]</source>
        <translation>[gewijzigd: %1]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(geen)</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n questions, same values, same schema, same executions.</source>
        <translation>
            <numerusform>Identieke inhoud: %n vraag, dezelfde waarden, hetzelfde schema, dezelfde uitvoeringen.</numerusform>
            <numerusform>Identieke inhoud: %n vragen, dezelfde waarden, hetzelfde schema, dezelfde uitvoeringen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected at: %1 → %2 (%n questions collected at another time)</source>
        <translation>
            <numerusform>Verzameld op: %1 → %2 (%n vraag op een ander tijdstip verzameld)</numerusform>
            <numerusform>Verzameld op: %1 → %2 (%n vragen op een ander tijdstip verzameld)</numerusform>
        </translation>
    </message>
    <message>
        <source>Executions: %1 → %2 (%3 added, %4 removed), last %5 → %6</source>
        <translation>Uitvoeringen: %1 → %2 (%3 toegevoegd, %4 verwijderd), laatste %5 → %6</translation>
    </message>
    <message>
        <source>schema %1 %2</source>
        <translation>schema %1 %2</translation>
    </message>
    <message>
        <source>old:</source>
        <translation>oud:</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>nieuw:</translation>
    </message>
    <message>
        <source>collected at %1 → %2</source>
        <translation>verzameld op %1 → %2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>afwezig</translation>
    </message>
    <message>
        <source>rows of SQLite table %1 differ (%2 → %3 rows)</source>
        <translation>rijen van SQLite-tabel %1 verschillen (%2 → %3 rijen)</translation>
    </message>
    <message>
        <source>Collection and execution times left out (--include-times compares them).</source>
        <translation>Verzamel- en uitvoeringstijden weggelaten (--include-times vergelijkt ze).</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n questions, same values, same schema.</source>
        <translation>
            <numerusform>Identieke inhoud: %n vraag, dezelfde waarden, hetzelfde schema.</numerusform>
            <numerusform>Identieke inhoud: %n vragen, dezelfde waarden, hetzelfde schema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tolerance: %1 (relative); values within it count as the same.</source>
        <translation>Tolerantie: %1 (relatief); waarden daarbinnen tellen als gelijk.</translation>
    </message>
    <message>
        <source>(%1 within tolerance)</source>
        <translation>(%1 binnen de tolerantie)</translation>
    </message>
    <message>
        <source>Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed</source>
        <translation>Vragen: %1 exact, %2 binnen de tolerantie, %3 gewijzigd, %4 toegevoegd, %5 verwijderd</translation>
    </message>
    <message>
        <source>rows of table %1 differ (%2 → %3 rows)</source>
        <translation>rijen van tabel %1 verschillen (%2 → %3 rijen)</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotFile</name>
    <message>
        <source>not an SQLite database, or an encrypted one (%1)</source>
        <translation>geen SQLite-database, of een versleutelde (%1)</translation>
    </message>
    <message>
        <source>the SQLite file is corrupt (%1)</source>
        <translation>het SQLite-bestand is beschadigd (%1)</translation>
    </message>
    <message>
        <source>could not be read, possibly truncated (%1)</source>
        <translation>kon niet worden gelezen, mogelijk afgekapt (%1)</translation>
    </message>
    <message>
        <source>holds a value larger than the %1 MiB limit (%2)</source>
        <translation>bevat een waarde groter dan de limiet van %1 MiB (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not an SQLite database</source>
        <translation>leeg bestand (0 bytes), geen SQLite-database</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>geen SQLite-database (het bestand begint niet met &quot;SQLite format 3&quot;)</translation>
    </message>
    <message>
        <source>truncated SQLite file (%1 bytes, shorter than the 100-byte header)</source>
        <translation>afgekapt SQLite-bestand (%1 bytes, korter dan de header van 100 bytes)</translation>
    </message>
    <message>
        <source>the SQLite file is corrupt (invalid page size %1)</source>
        <translation>het SQLite-bestand is beschadigd (ongeldige paginagrootte %1)</translation>
    </message>
    <message>
        <source>truncated SQLite file (%1 bytes, its header says %2)</source>
        <translation>afgekapt SQLite-bestand (%1 bytes, de header zegt %2)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>no django-insights tables (insights_app, insights_counter, …): not an insights snapshot</source>
        <translation>geen django-insights-tabellen (insights_app, insights_counter, …): geen insights-snapshot</translation>
    </message>
    <message>
        <source>the insights_app table is missing, so no question can be attributed</source>
        <translation>de tabel insights_app ontbreekt, dus geen enkele vraag kan aan een app worden toegewezen</translation>
    </message>
    <message>
        <source>table %1 lacks the column %2</source>
        <translation>tabel %1 mist de kolom %2</translation>
    </message>
    <message>
        <source>%1 is a virtual table, not a table; it was not read</source>
        <translation>%1 is een virtuele tabel, geen tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is a view, not a table; it was not read</source>
        <translation>%1 is een view, geen tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is a %2, not a table; it was not read</source>
        <translation>%1 is een %2, geen tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is missing; read as empty</source>
        <translation>%1 ontbreekt; als leeg gelezen</translation>
    </message>
    <message>
        <source>questions refer to app %1, which insights_app does not hold</source>
        <translation>vragen verwijzen naar app %1, die niet in insights_app staat</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not a number (%3)</source>
        <translation>%1 %2 heeft een waarde die geen getal is (%3)</translation>
    </message>
    <message>
        <source>was replaced by another file while it was being opened</source>
        <translation>is tijdens het openen vervangen door een ander bestand</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not a 64-bit integer (%3)</source>
        <translation>%1 %2 heeft een waarde die geen 64-bits geheel getal is (%3)</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not finite (%3)</source>
        <translation>%1 %2 heeft een waarde die niet eindig is (%3)</translation>
    </message>
    <message>
        <source>a rollback journal (%1) lies beside the file: an unfinished write; other SQLite readers roll it back and see other contents than shown here</source>
        <translation>naast het bestand ligt een rollback-journaal (%1): een onvoltooide schrijfactie; andere SQLite-lezers draaien die terug en zien een andere inhoud dan hier getoond</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotReviewer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 mislukt: %2</translation>
    </message>
    <message>
        <source>the file is in WAL mode and a -wal file lies beside it: changes in that file are not part of what was reviewed</source>
        <translation>het bestand staat in WAL-modus en er ligt een -wal-bestand naast: wijzigingen in dat bestand vallen buiten wat is gecontroleerd</translation>
    </message>
    <message>
        <source>the file is in WAL mode (upstream&apos;s files use a rollback journal); a -wal file shared with it would hold changes not reviewed here</source>
        <translation>het bestand staat in WAL-modus (de bestanden van upstream gebruiken een rollback-journaal); een meegeleverd -wal-bestand zou wijzigingen bevatten die hier niet zijn gecontroleerd</translation>
    </message>
    <message numerus="yes">
        <source>%n more findings like the above were not listed</source>
        <translation>
            <numerusform>nog %n bevinding zoals hierboven is niet vermeld</numerusform>
            <numerusform>nog %n bevindingen zoals hierboven zijn niet vermeld</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the review is incomplete</source>
        <translation>geannuleerd: de controle is onvolledig</translation>
    </message>
    <message>
        <source>the time limit of %1 s was reached: the review is incomplete</source>
        <translation>de tijdslimiet van %1 s is bereikt: de controle is onvolledig</translation>
    </message>
    <message>
        <source>the review did not finish (time limit or cancelled)</source>
        <translation>de controle is niet afgerond (tijdslimiet of geannuleerd)</translation>
    </message>
    <message>
        <source>table %1 is not part of upstream&apos;s schema; its text was scanned for personal data</source>
        <translation>tabel %1 hoort niet bij het schema van upstream; de tekst erin is gescand op persoonsgegevens</translation>
    </message>
    <message>
        <source>%1 is a virtual table standing where an insights table should be; it was not read</source>
        <translation>%1 is een virtuele tabel op de plaats van een insights-tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it was not read</source>
        <translation>%1 is een virtuele tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is a view standing where an insights table should be; it was not read</source>
        <translation>%1 is een view op de plaats van een insights-tabel; niet gelezen</translation>
    </message>
    <message>
        <source>%1 is a view; it was not read</source>
        <translation>%1 is een view; niet gelezen</translation>
    </message>
    <message>
        <source>trigger %1 on %2 (upstream defines none; it never ran here)</source>
        <translation>trigger %1 op %2 (upstream definieert er geen; hier is hij nooit uitgevoerd)</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>het schema lezen</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>tabel %1 ontbreekt</translation>
    </message>
    <message>
        <source>%1 lacks the column %2</source>
        <translation>%1 mist de kolom %2</translation>
    </message>
    <message>
        <source>%1.%2 is declared %3, upstream declares %4</source>
        <translation>%1.%2 is gedeclareerd als %3, upstream declareert %4</translation>
    </message>
    <message>
        <source>%1 has a column %2 that upstream&apos;s schema does not</source>
        <translation>%1 heeft een kolom %2 die het schema van upstream niet heeft</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>%1.%2 is NULL where upstream stores a number</source>
        <translation>%1.%2 is NULL waar upstream een getal opslaat</translation>
    </message>
    <message>
        <source>%1.%2 holds %3 &quot;%4&quot; where upstream stores %5</source>
        <translation>%1.%2 bevat %3 &quot;%4&quot; waar upstream %5 opslaat</translation>
    </message>
    <message>
        <source>checking %1.%2</source>
        <translation>%1.%2 controleren</translation>
    </message>
    <message numerus="yes">
        <source>%n values of %1 refer to %2 %3, which %4 does not hold</source>
        <translation>
            <numerusform>%n waarde van %1 verwijst naar %2 %3, die niet in %4 staat</numerusform>
            <numerusform>%n waarden van %1 verwijzen naar %2 %3, die niet in %4 staat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions of %1 refer to %2 %3, which %4 does not hold</source>
        <translation>
            <numerusform>%n vraag van %1 verwijst naar %2 %3, die niet in %4 staat</numerusform>
            <numerusform>%n vragen van %1 verwijzen naar %2 %3, die niet in %4 staat</numerusform>
        </translation>
    </message>
    <message>
        <source>bucket %1 has type %2; upstream knows 1 to 5</source>
        <translation>bucket %1 heeft type %2; upstream kent 1 tot en met 5</translation>
    </message>
    <message>
        <source>checking bucket types</source>
        <translation>buckettypes controleren</translation>
    </message>
    <message>
        <source>%1.%2 is not a date and time: &quot;%3&quot;</source>
        <translation>%1.%2 is geen datum en tijd: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>table %1 was not scanned for personal data (time limit)</source>
        <translation>tabel %1 is niet gescand op persoonsgegevens (tijdslimiet)</translation>
    </message>
    <message>
        <source>scanning %1</source>
        <translation>%1 scannen</translation>
    </message>
    <message>
        <source>%1 in %2.%3</source>
        <translation>%1 in %2.%3</translation>
    </message>
    <message>
        <source>the file changed while it was reviewed (%1): the hash and the findings may describe different contents</source>
        <translation>het bestand is tijdens de controle gewijzigd (%1): de hash en de bevindingen kunnen verschillende inhoud beschrijven</translation>
    </message>
    <message>
        <source>%1.%2 is %3, not a finite number; JSON exports write it as null</source>
        <translation>%1.%2 is %3, geen eindig getal; JSON-exports schrijven het als null</translation>
    </message>
    <message>
        <source>%1 were not fully scanned for personal data (time limit)</source>
        <translation>%1 zijn niet volledig doorzocht op persoonsgegevens (tijdslimiet)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>%1 kon niet worden gelezen</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 bytes follow the last page: SQLite ignores them, but they travel with the file</source>
        <translation>na de laatste pagina volgen %1 bytes: SQLite negeert ze, maar ze reizen mee met het bestand</translation>
    </message>
    <message>
        <source>the bytes after the last page</source>
        <translation>de bytes na de laatste pagina</translation>
    </message>
    <message>
        <source>%1 free pages may still hold deleted rows; run VACUUM on a copy before sharing the file</source>
        <translation>%1 vrije pagina&apos;s kunnen nog verwijderde rijen bevatten; voer VACUUM uit op een kopie voordat u het bestand deelt</translation>
    </message>
    <message>
        <source>the free pages (deleted data)</source>
        <translation>de vrije pagina&apos;s (verwijderde gegevens)</translation>
    </message>
    <message>
        <source>%1 of %2 free pages were scanned for personal data</source>
        <translation>%1 van %2 vrije pagina&apos;s zijn doorzocht op persoonsgegevens</translation>
    </message>
    <message>
        <source>a count of %1 is below the minimum count %2: it may single out people</source>
        <translation>een aantal van %1 ligt onder het minimumaantal %2: het kan personen herkenbaar maken</translation>
    </message>
    <message>
        <source>a rollback journal (%1) lies beside the file: a write was not finished; every other SQLite reader rolls it back first and sees other contents than were reviewed here</source>
        <translation>naast het bestand ligt een rollback-journaal (%1): een schrijfactie is niet voltooid; elke andere SQLite-lezer draait die eerst terug en ziet een andere inhoud dan hier is gecontroleerd</translation>
    </message>
    <message>
        <source>the personal-data scan is incomplete: some data was not scanned, so the file cannot be called clean (see the notes)</source>
        <translation>de scan op persoonsgegevens is onvolledig: sommige gegevens zijn niet gescand, dus het bestand kan niet schoon worden genoemd (zie de opmerkingen)</translation>
    </message>
    <message>
        <source>not every finding is listed one by one: the limit of %1 listed findings was reached</source>
        <translation>niet elke bevinding wordt afzonderlijk vermeld: de limiet van %1 vermelde bevindingen is bereikt</translation>
    </message>
    <message>
        <source>its contents differ from those hashed</source>
        <translation>de inhoud verschilt van wat is gehasht</translation>
    </message>
    <message>
        <source>table %1 takes a name reserved for SQLite&apos;s own tables, which SQLite never gives it; tools that skip SQLite&apos;s tables do not show it (its text was scanned for personal data)</source>
        <translation>tabel %1 draagt een naam die is gereserveerd voor de eigen tabellen van SQLite en die SQLite er nooit aan geeft; hulpmiddelen die de tabellen van SQLite overslaan tonen haar niet (de tekst erin is gescand op persoonsgegevens)</translation>
    </message>
    <message>
        <source>%1 in %2.%3, %4</source>
        <translation>%1 in %2.%3, %4</translation>
    </message>
    <message numerus="yes">
        <source>the personal-data scan stopped in table %1 after %n text cells (its share of the limit of %2 cells); the rest of the table was not scanned</source>
        <translation>
            <numerusform>de scan op persoonsgegevens stopte in tabel %1 na %n tekstcel (haar deel van de limiet van %2 cellen); de rest van de tabel is niet gescand</numerusform>
            <numerusform>de scan op persoonsgegevens stopte in tabel %1 na %n tekstcellen (haar deel van de limiet van %2 cellen); de rest van de tabel is niet gescand</numerusform>
        </translation>
    </message>
    <message>
        <source>the free space inside used pages (deleted data)</source>
        <translation>de vrije ruimte in gebruikte pagina&apos;s (verwijderde gegevens)</translation>
    </message>
    <message>
        <source>%1.%2 is a generated column (SQLite computes its values from an expression); upstream&apos;s schema has none</source>
        <translation>%1.%2 is een gegenereerde kolom (SQLite berekent de waarden uit een expressie); het schema van upstream heeft er geen</translation>
    </message>
    <message>
        <source>%1 records hold bytes after their last field: SQLite and every reader ignore them, but they travel with the file</source>
        <translation>%1 records bevatten bytes na hun laatste veld: SQLite en elke lezer negeren ze, maar ze reizen mee met het bestand</translation>
    </message>
    <message>
        <source>the bytes after records&apos; last fields</source>
        <translation>de bytes na het laatste veld van records</translation>
    </message>
    <message>
        <source>%1 records hold more fields than the %2 its schema names: SQLite and every reader ignore the others, but they travel with the file</source>
        <translation>%1 records bevatten meer velden dan de %2 die het schema noemt: SQLite en elke lezer negeren de rest, maar ze reizen mee met het bestand</translation>
    </message>
    <message>
        <source>the hidden fields of %1</source>
        <translation>de verborgen velden van %1</translation>
    </message>
    <message>
        <source>%1 of the 20 bytes the file header reserves (72–91, zero in every file SQLite writes) are set: SQLite ignores them, but they travel with the file</source>
        <translation>%1 van de 20 bytes die de bestandskop reserveert (72–91, nul in elk bestand dat SQLite schrijft) zijn gezet: SQLite negeert ze, maar ze reizen mee met het bestand</translation>
    </message>
    <message>
        <source>the file header&apos;s reserved bytes</source>
        <translation>de gereserveerde bytes van de bestandskop</translation>
    </message>
    <message>
        <source>%1.%2 holds a BLOB of %3 bytes where upstream stores text: its bytes are scanned as text, but a compressed or encoded value cannot be read</source>
        <translation>%1.%2 bevat een BLOB van %3 bytes waar upstream tekst opslaat: de bytes worden als tekst gescand, maar een gecomprimeerde of gecodeerde waarde kan niet worden gelezen</translation>
    </message>
    <message>
        <source>%1.%2 holds text that is not valid UTF-8 (upstream writes only UTF-8): other programs show it, or fail on it, each their own way; it was scanned without its invalid bytes</source>
        <translation>%1.%2 bevat tekst die geen geldige UTF-8 is (upstream schrijft alleen UTF-8): andere programma&apos;s tonen die, of falen erop, elk op hun eigen manier; hij is gescand zonder zijn ongeldige bytes</translation>
    </message>
    <message>
        <source>index %1 on %2 stores values computed by an expression (upstream&apos;s indexes hold plain columns); what it holds was not read</source>
        <translation>index %1 op %2 slaat waarden op die door een expressie zijn berekend (de indexen van upstream bevatten gewone kolommen); de inhoud ervan is niet gelezen</translation>
    </message>
    <message>
        <source>%1 in %2.%3, stored as a number</source>
        <translation>%1 in %2.%3, opgeslagen als getal</translation>
    </message>
    <message>
        <source>the file header&apos;s number fields</source>
        <translation>de getalvelden van de bestandskop</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotSummary</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kan niet worden gelezen (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>geen gewoon bestand</translation>
    </message>
</context>
<context>
    <name>iv::TrendCard</name>
    <message>
        <source>no change</source>
        <translation>geen wijziging</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>geen waarde</translation>
    </message>
    <message>
        <source>%1 (snapshot %2)</source>
        <translation>%1 (snapshot %2)</translation>
    </message>
    <message>
        <source>since previous: new</source>
        <translation>sinds vorige: nieuw</translation>
    </message>
    <message>
        <source>since previous: %1</source>
        <translation>sinds vorige: %1</translation>
    </message>
    <message>
        <source>since first: %1</source>
        <translation>sinds eerste: %1</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Laatste waarde</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Wijziging</translation>
    </message>
</context>
<context>
    <name>iv::Triage</name>
    <message>
        <source>confirmed</source>
        <translation>bevestigd</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>vals-positief</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aanvaard</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>iv::ValueCard</name>
    <message>
        <source>Gauge</source>
        <translation>Meter</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Teller</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Set Gauge Range…</source>
        <translation>Meterbereik instellen…</translation>
    </message>
    <message>
        <source>Clear Gauge Range</source>
        <translation>Meterbereik wissen</translation>
    </message>
    <message>
        <source>Gauge Range</source>
        <translation>Meterbereik</translation>
    </message>
    <message>
        <source>The scale of &quot;%1&quot; in this viewer (the file stores none).</source>
        <translation>De schaal van &quot;%1&quot; in deze viewer (het bestand slaat er geen op).</translation>
    </message>
    <message>
        <source>M&amp;inimum:</source>
        <translation>M&amp;inimum:</translation>
    </message>
    <message>
        <source>M&amp;aximum:</source>
        <translation>M&amp;aximum:</translation>
    </message>
</context>
<context>
    <name>iv::WelcomePage</name>
    <message>
        <source>Insights Viewer</source>
        <translation>Insights Viewer</translation>
    </message>
    <message>
        <source>Open a django-insights snapshot (insights.db) to browse its apps and questions. The file is only read, never changed.</source>
        <translation>Open een django-insights-snapshot (insights.db) om de apps en vragen te bekijken. Het bestand wordt alleen gelezen, nooit gewijzigd.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Openen…</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Een snapshot openen</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>Voorbeeld openen</translation>
    </message>
    <message>
        <source>Open the bundled sample snapshot</source>
        <translation>De meegeleverde voorbeeldsnapshot openen</translation>
    </message>
</context>
<context>
    <name>iv::cli</name>
    <message>
        <source>expected exactly one FILE (see --help)</source>
        <translation>precies één BESTAND verwacht (zie --help)</translation>
    </message>
    <message>
        <source>%1: no bucket labelled &quot;%2&quot;</source>
        <translation>%1: geen bucket met label &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: exists and is not a directory</source>
        <translation>%1: bestaat en is geen map</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: kan de map niet aanmaken</translation>
    </message>
    <message>
        <source>%1: the directory is not writable</source>
        <translation>%1: de map is niet schrijfbaar</translation>
    </message>
    <message>
        <source>--format: expected png, svg or pdf, not &quot;%1&quot;</source>
        <translation>--format: png, svg of pdf verwacht, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--dpi: expected a number from 10 to 1200</source>
        <translation>--dpi: een getal van 10 tot 1200 verwacht</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, not &quot;%1&quot;</source>
        <translation>--theme: light of dark verwacht, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format: expected csv or ndjson, not &quot;%1&quot;</source>
        <translation>--format: csv of ndjson verwacht, niet &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write one chart file per bucket of FILE into DIR and exit.</source>
        <translation>Eén grafiekbestand per bucket van BESTAND in MAP schrijven en stoppen.</translation>
    </message>
    <message>
        <source>Write the raw values of each bucket of FILE into DIR and exit.</source>
        <translation>De ruwe waarden van elke bucket van BESTAND in MAP schrijven en stoppen.</translation>
    </message>
    <message>
        <source>Write a PDF report of FILE to OUT and exit.</source>
        <translation>Een PDF-rapport van BESTAND naar UIT schrijven en stoppen.</translation>
    </message>
    <message>
        <source>Export format: png (default), svg or pdf for charts; csv (default) or ndjson for data.</source>
        <translation>Exportformaat: png (standaard), svg of pdf voor grafieken; csv (standaard) of ndjson voor gegevens.</translation>
    </message>
    <message>
        <source>PNG resolution (default 180).</source>
        <translation>PNG-resolutie (standaard 180).</translation>
    </message>
    <message>
        <source>Chart theme: light (default) or dark.</source>
        <translation>Grafiekthema: light (standaard) of dark.</translation>
    </message>
    <message>
        <source>Export only the bucket LABEL (repeatable).</source>
        <translation>Alleen de bucket LABEL exporteren (herhaalbaar).</translation>
    </message>
    <message>
        <source>--export-charts, --export-data and --export-report exclude each other</source>
        <translation>--export-charts, --export-data en --export-report sluiten elkaar uit</translation>
    </message>
    <message>
        <source>(not a number: %1)</source>
        <translation>(geen getal: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n punt</numerusform>
            <numerusform>%n punten</numerusform>
        </translation>
    </message>
    <message>
        <source>[unsupported kind: bucket type %1]</source>
        <translation>[niet-ondersteunde soort: buckettype %1]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>--size: expected small, medium, large or WIDTHxHEIGHT in pixels (%1 to %2 each), not &quot;%3&quot;</source>
        <translation>--size: small, medium, large of BREEDTExHOOGTE in pixels (elk %1 tot %2) verwacht, niet &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Chart size: small 8x4 in (default), medium 16x8, large 32x16, or WIDTHxHEIGHT in pixels (laid out as a window of that size shows the chart).</source>
        <translation>Grafiekgrootte: small 8x4 inch (standaard), medium 16x8, large 32x16, of BREEDTExHOOGTE in pixels (opgemaakt zoals een venster van die grootte de grafiek toont).</translation>
    </message>
    <message>
        <source>History of %1: %2 snapshots, collected %3 to %4
</source>
        <translation>Geschiedenis van %1: %2 snapshots, verzameld van %3 tot %4
</translation>
    </message>
    <message>
        <source>APP</source>
        <translation>APP</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>LABEL</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>SOORT</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>LAATSTE</translation>
    </message>
    <message>
        <source>SINCE PREVIOUS</source>
        <translation>SINDS VORIGE</translation>
    </message>
    <message>
        <source>SINCE FIRST</source>
        <translation>SINDS EERSTE</translation>
    </message>
    <message>
        <source> (in snapshot %1)</source>
        <translation> (in snapshot %1)</translation>
    </message>
    <message>
        <source>Skipped:
</source>
        <translation>Overgeslagen:
</translation>
    </message>
    <message>
        <source>Open the snapshots DIR|FILE… as one history: print the latest values and their changes (--json: as JSON; --export-charts OUT: one trend chart per counter and gauge) and exit.</source>
        <translation>De snapshots MAP|BESTAND… als één geschiedenis openen: de laatste waarden en hun wijzigingen tonen (--json: als JSON; --export-charts UIT: één trendgrafiek per teller en meter) en stoppen.</translation>
    </message>
    <message>
        <source>--history expects DIR or FILE…</source>
        <translation>--history verwacht MAP of BESTAND…</translation>
    </message>
    <message>
        <source>--history and --%1 exclude each other</source>
        <translation>--history en --%1 sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--json and --export-charts exclude each other</source>
        <translation>--json en --export-charts sluiten elkaar uit</translation>
    </message>
    <message>
        <source>%1: no snapshots found</source>
        <translation>%1: geen snapshots gevonden</translation>
    </message>
    <message>
        <source>no snapshot could be read: %1</source>
        <translation>er kon geen snapshot worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1: the second export process stopped</source>
        <translation>%1: het tweede exportproces is gestopt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Insights Viewer: look at django-insights snapshots (insights.db), read-only.</source>
        <translation>Insights Viewer: django-insights-snapshots (insights.db) bekijken, alleen-lezen.</translation>
    </message>
    <message>
        <source>Print an outline of FILE and exit.</source>
        <translation>Een overzicht van BESTAND tonen en stoppen.</translation>
    </message>
    <message>
        <source>Print FILE as JSON on stdout and exit.</source>
        <translation>BESTAND als JSON op stdout schrijven en stoppen.</translation>
    </message>
    <message>
        <source>Open the window on the bundled sample snapshot.</source>
        <translation>Het venster openen met de meegeleverde voorbeeldsnapshot.</translation>
    </message>
    <message>
        <source>In the window, select the question (or app) LABEL.</source>
        <translation>In het venster de vraag (of app) LABEL selecteren.</translation>
    </message>
    <message>
        <source>Run the collect project PROJECT.json and write its snapshot.</source>
        <translation>Het verzamelproject PROJECT.json uitvoeren en de snapshot ervan schrijven.</translation>
    </message>
    <message>
        <source>With --collect: point source NAME at another SQLite path or postgresql:// URL (repeatable).</source>
        <translation>Met --collect: bron NAAM naar een ander SQLite-pad of postgresql://-URL laten wijzen (herhaalbaar).</translation>
    </message>
    <message>
        <source>With --collect: write the snapshot to FILE instead.</source>
        <translation>Met --collect: de snapshot in plaats daarvan naar BESTAND schrijven.</translation>
    </message>
    <message>
        <source>Compare two snapshots: --diff OLD NEW. Exit 0 identical, 1 differences, 2 error.</source>
        <translation>Twee snapshots vergelijken: --diff OUD NIEUW. Afsluitcode 0 gelijk, 1 verschillen, 2 fout.</translation>
    </message>
    <message>
        <source>With --review or --diff: print JSON.</source>
        <translation>Met --review of --diff: JSON tonen.</translation>
    </message>
    <message>
        <source>Use language LANG (en, nl, de) instead of the preference or the system&apos;s.</source>
        <translation>Taal LANG (en, nl, de) gebruiken in plaats van de voorkeur of die van het systeem.</translation>
    </message>
    <message>
        <source>An insights.db snapshot to open.</source>
        <translation>Een insights.db-snapshot om te openen.</translation>
    </message>
    <message>
        <source>use one of --list, --dump-json, --review, --diff (--json goes with --review or --diff)</source>
        <translation>gebruik één van --list, --dump-json, --review, --diff (--json hoort bij --review of --diff)</translation>
    </message>
    <message>
        <source>--diff expects two files: OLD NEW</source>
        <translation>--diff verwacht twee bestanden: OUD NIEUW</translation>
    </message>
    <message>
        <source>--collect takes no FILE (see --help)</source>
        <translation>--collect neemt geen BESTAND (zie --help)</translation>
    </message>
    <message>
        <source>--list and --dump-json exclude each other</source>
        <translation>--list en --dump-json sluiten elkaar uit</translation>
    </message>
    <message>
        <source>expected exactly one FILE (see --help)</source>
        <translation>precies één BESTAND verwacht (zie --help)</translation>
    </message>
    <message>
        <source>Review FILE… (identity, integrity, conformance, personal data) and exit with the worst: 0 clean, 1 findings, 2 unreadable.</source>
        <translation>BESTAND… controleren (identiteit, integriteit, conformiteit, persoonsgegevens) en stoppen met de slechtste uitkomst: 0 schoon, 1 bevindingen, 2 onleesbaar.</translation>
    </message>
    <message>
        <source>With --review: write a PDF record of the review to OUT.pdf and its JSON beside it (OUT.json).</source>
        <translation>Met --review: een PDF-verslag van de controle naar OUT.pdf schrijven en de JSON ervan ernaast (OUT.json).</translation>
    </message>
    <message>
        <source>With --review: apply the policy FILE (acknowledged findings, allowed tables, min-count).</source>
        <translation>Met --review: het beleid BESTAND toepassen (geaccepteerde bevindingen, toegestane tabellen, min-count).</translation>
    </message>
    <message>
        <source>With --review: report counts from 1 to K-1 as small counts (0: off, the default).</source>
        <translation>Met --review: aantallen van 1 tot K-1 melden als kleine aantallen (0: uit, de standaard).</translation>
    </message>
    <message>
        <source>Write a redacted copy of FILE to OUT.db (flagged values replaced, log in OUT.db.redaction.json) and exit.</source>
        <translation>Een geschoonde kopie van BESTAND naar OUT.db schrijven (gemarkeerde waarden vervangen, logboek in OUT.db.redaction.json) en stoppen.</translation>
    </message>
    <message>
        <source>--%1 goes with --review</source>
        <translation>--%1 hoort bij --review</translation>
    </message>
    <message>
        <source>--min-count expects a whole number K &gt;= 0</source>
        <translation>--min-count verwacht een geheel getal K &gt;= 0</translation>
    </message>
    <message>
        <source>--preview goes with --collect PROJECT.json</source>
        <translation>--preview hoort bij --collect PROJECT.json</translation>
    </message>
    <message>
        <source>--redact and --%1 exclude each other</source>
        <translation>--redact en --%1 sluiten elkaar uit</translation>
    </message>
    <message>
        <source>--redact expects OUT.db and exactly one FILE</source>
        <translation>--redact verwacht OUT.db en precies één BESTAND</translation>
    </message>
    <message>
        <source>--force goes with --redact</source>
        <translation>--force hoort bij --redact</translation>
    </message>
    <message>
        <source>%1: %2 cells replaced (%3 distinct values), %4 objects dropped; log: %5
</source>
        <translation>%1: %2 cellen vervangen (%3 verschillende waarden), %4 objecten verwijderd; logboek: %5
</translation>
    </message>
    <message>
        <source>--review expects at least one FILE</source>
        <translation>--review verwacht minstens één BESTAND</translation>
    </message>
    <message>
        <source>--record expects exactly one FILE</source>
        <translation>--record verwacht precies één BESTAND</translation>
    </message>
    <message>
        <source>With --review: write the findings as SARIF 2.1.0 to OUT.sarif (acknowledged findings as suppressions).</source>
        <translation>Met --review: de bevindingen als SARIF 2.1.0 naar OUT.sarif schrijven (geaccepteerde bevindingen als suppressions).</translation>
    </message>
    <message>
        <source>With --review: write the findings as CSV to OUT.csv.</source>
        <translation>Met --review: de bevindingen als CSV naar OUT.csv schrijven.</translation>
    </message>
    <message>
        <source>%1: the output would replace the reviewed file</source>
        <translation>%1: de uitvoer zou het gecontroleerde bestand vervangen</translation>
    </message>
    <message>
        <source>--sarif and --csv expect exactly one FILE</source>
        <translation>--sarif en --csv verwachten precies één BESTAND</translation>
    </message>
    <message>
        <source>With --collect: write DIR/insights-YYYYMMDDTHHMMSSZ.db (UTC now) instead, to build up a history.</source>
        <translation>Met --collect: in plaats daarvan MAP/insights-YYYYMMDDTHHMMSSZ.db (UTC nu) schrijven, om een geschiedenis op te bouwen.</translation>
    </message>
    <message>
        <source>With --output-dir: keep the newest N snapshots of the folder, remove older ones.</source>
        <translation>Met --output-dir: de nieuwste N snapshots in de map bewaren, oudere verwijderen.</translation>
    </message>
    <message>
        <source>With --collect: set the SQL parameter NAME (:NAME in the queries) to VALUE (repeatable).</source>
        <translation>Met --collect: de SQL-parameter NAAM (:NAAM in de query&apos;s) op WAARDE zetten (herhaalbaar).</translation>
    </message>
    <message>
        <source>With --collect: run every metric even after one failed, report all failures; write nothing unless all pass.</source>
        <translation>Met --collect: elke metriek uitvoeren, ook nadat er een is mislukt, alle fouten melden; niets schrijven tenzij alle slagen.</translation>
    </message>
    <message>
        <source>With --collect: collect into a temporary file and say per metric whether it equals INSIGHTS.db&apos;s (exact, tolerance, different, missing); --json for JSON.</source>
        <translation>Met --collect: in een tijdelijk bestand verzamelen en per metriek melden of die gelijk is aan die van INSIGHTS.db (exact, tolerance, different, missing); --json voor JSON.</translation>
    </message>
    <message>
        <source>With --collect: run only the sql metric LABEL (or all of them) and print its rows and what would be stored; write nothing.</source>
        <translation>Met --collect: alleen de SQL-metriek LABEL (of allemaal) uitvoeren, de rijen ervan tonen en wat zou worden opgeslagen; niets schrijven.</translation>
    </message>
    <message>
        <source>With --diff: numbers within this relative tolerance (0.01 = 1 %) count as the same.</source>
        <translation>Met --diff: getallen binnen deze relatieve tolerantie (0.01 = 1 %) tellen als gelijk.</translation>
    </message>
    <message>
        <source>With --diff: also compare when questions were collected and the executions.</source>
        <translation>Met --diff: ook vergelijken wanneer vragen zijn verzameld, en de uitvoeringen.</translation>
    </message>
    <message>
        <source>--%1 goes with --diff</source>
        <translation>--%1 hoort bij --diff</translation>
    </message>
    <message>
        <source>--tolerance expects a number REL &gt;= 0 (0.01 = 1 %)</source>
        <translation>--tolerance verwacht een getal REL &gt;= 0 (0.01 = 1 %)</translation>
    </message>
    <message>
        <source>With --django: run the site&apos;s metrics once and write a collect project drafted from them (SQL where checked, placeholders else).</source>
        <translation>Met --django: voer de metrieken van de site eenmaal uit en schrijf een daaruit opgesteld collect-project (SQL waar gecontroleerd, anders placeholders).</translation>
    </message>
    <message>
        <source>With --draft-project: the site&apos;s manage.py.</source>
        <translation>Met --draft-project: de manage.py van de site.</translation>
    </message>
    <message>
        <source>With --redact or --draft-project: replace OUT if it exists.</source>
        <translation>Met --redact of --draft-project: OUT vervangen als het bestaat.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the copy is not clean: %n finding(s) that no stand-in replaces; review it (--review) before sharing it
</source>
        <translation>
            <numerusform>%1: de kopie is niet schoon: %n bevinding die geen vervanging vervangt; controleer haar (--review) voordat u haar deelt
</numerusform>
            <numerusform>%1: de kopie is niet schoon: %n bevindingen die geen vervanging vervangt; controleer haar (--review) voordat u haar deelt
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the copy holds %n text(s) to check by eye; review it (--review) before sharing it
</source>
        <translation>
            <numerusform>%1: de kopie bevat %n tekst om met het oog te controleren; controleer haar (--review) voordat u haar deelt
</numerusform>
            <numerusform>%1: de kopie bevat %n teksten om met het oog te controleren; controleer haar (--review) voordat u haar deelt
</numerusform>
        </translation>
    </message>
</context>
</TS>
