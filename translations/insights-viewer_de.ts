<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>collect</name>
    <message>
        <source>--source expects NAME=CONNECTION, got &quot;%1&quot;</source>
        <translation>--source erwartet NAME=VERBINDUNG, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>wrote %1 (%2 metrics, %3 ms)
</source>
        <translation>%1 geschrieben (%2 Metriken, %3 ms)
</translation>
    </message>
    <message>
        <source>collect failed, %1 left unchanged: %2</source>
        <translation>Sammeln fehlgeschlagen, %1 blieb unverändert: %2</translation>
    </message>
    <message>
        <source>preview failed: %1</source>
        <translation>Vorschau fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1: no sql metrics to preview</source>
        <translation>%1: keine SQL-Metriken für die Vorschau</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: preview failed
</source>
        <translation>Metrik &quot;%1&quot;: Vorschau fehlgeschlagen
</translation>
    </message>
    <message>
        <source>preview failed: %1
</source>
        <translation>Vorschau fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <source>previewed %1 metrics, %2 failed
</source>
        <translation>%1 Metriken in der Vorschau, %2 fehlgeschlagen
</translation>
    </message>
    <message>
        <source>%1 metrics: %2 exact, %3 within tolerance, %4 different, %5 missing
</source>
        <translation>%1 Metriken: %2 exakt, %3 innerhalb der Toleranz, %4 abweichend, %5 fehlen
</translation>
    </message>
    <message>
        <source>--keep expects a number of snapshots of at least 1, got &quot;%1&quot;</source>
        <translation>--keep erwartet eine Anzahl Snapshots von mindestens 1, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--keep goes with --output-dir DIR</source>
        <translation>--keep gehört zu --output-dir ORDNER</translation>
    </message>
    <message>
        <source>--output and --output-dir exclude each other</source>
        <translation>--output und --output-dir schließen einander aus</translation>
    </message>
    <message>
        <source>--check-against writes nothing: it excludes --output, --output-dir and --preview</source>
        <translation>--check-against schreibt nichts: es schließt --output, --output-dir und --preview aus</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>--output-dir %1: not a folder</source>
        <translation>--output-dir %1: kein Ordner</translation>
    </message>
    <message>
        <source>--param expects NAME=VALUE, got &quot;%1&quot;</source>
        <translation>--param erwartet NAME=WERT, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>removed %1 (--keep %2)
</source>
        <translation>%1 entfernt (--keep %2)
</translation>
    </message>
    <message>
        <source>--draft-project OUT.json goes with --django PATH/manage.py only</source>
        <translation>--draft-project OUT.json geht nur zusammen mit --django PFAD/manage.py</translation>
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
        <translation>%1 %2: Platzhalter (%3)
</translation>
    </message>
    <message>
        <source>%1 metrics: %2 with SQL, %3 placeholders to finish by hand
</source>
        <translation>%1 Metriken: %2 mit SQL, %3 Platzhalter, von Hand zu vervollständigen
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
        <translation>Diese App hat keine Fragen: keine Zähler, Messwerte oder Diagramme.</translation>
    </message>
</context>
<context>
    <name>iv::BucketOverlay</name>
    <message>
        <source>neither snapshot holds a bucket labelled &quot;%1&quot;</source>
        <translation>keiner der beiden Snapshots enthält einen Bucket mit dem Label &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>iv::BucketValuesTableModel</name>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>timestamp</source>
        <translation>Zeitstempel</translation>
    </message>
    <message>
        <source>xvalue</source>
        <translation>x-Wert</translation>
    </message>
    <message>
        <source>yvalue</source>
        <translation>y-Wert</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
</context>
<context>
    <name>iv::CategoryColours</name>
    <message>
        <source>%1: cannot read the categories: %2</source>
        <translation>%1: die Kategorien können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>iv::ChartBuilder</name>
    <message>
        <source>Unsupported kind (bucket type %1): this viewer cannot draw it.</source>
        <translation>Nicht unterstützte Art (Bucket-Typ %1): dieser Viewer kann sie nicht zeichnen.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not drawn: missing or malformed timestamp or value.</source>
        <translation>
            <numerusform>%n Zeile nicht gezeichnet: fehlender oder ungültiger Zeitstempel oder Wert.</numerusform>
            <numerusform>%n Zeilen nicht gezeichnet: fehlender oder ungültiger Zeitstempel oder Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) not drawn: missing or non-numeric value.</source>
        <translation>
            <numerusform>%n Zeile nicht gezeichnet: fehlender oder nicht numerischer Wert.</numerusform>
            <numerusform>%n Zeilen nicht gezeichnet: fehlender oder nicht numerischer Wert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Others (%n)</source>
        <translation>
            <numerusform>Sonstige (%n)</numerusform>
            <numerusform>Sonstige (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No values</source>
        <translation>Keine Werte</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) not drawn: values beyond ±%1 do not fit on one axis with values of the other sign (see the values table).</source>
        <translation>
            <numerusform>%n Punkt nicht gezeichnet: Werte jenseits von ±%1 passen nicht mit Werten des anderen Vorzeichens auf eine Achse (siehe die Wertetabelle).</numerusform>
            <numerusform>%n Punkte nicht gezeichnet: Werte jenseits von ±%1 passen nicht mit Werten des anderen Vorzeichens auf eine Achse (siehe die Wertetabelle).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 categories (%3 points) are drawn as one series, &quot;Others&quot;; the values table has each.</source>
        <translation>%1 von %2 Kategorien (%3 Punkte) sind als eine Reihe &quot;Sonstige&quot; gezeichnet; die Wertetabelle enthält jede einzeln.</translation>
    </message>
    <message>
        <source>%1 bins drawn as %2 bars, each the sum of %3 adjacent bins.</source>
        <translation>%1 Klassen als %2 Balken gezeichnet, jeder die Summe von %3 benachbarten Klassen.</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 bars; the other %3 are summed in one bar (total %4, written on that bar).</source>
        <translation>Die %1 größten von %2 Balken werden gezeigt; die übrigen %3 sind in einem Balken summiert (Summe %4, auf diesem Balken angegeben).</translation>
    </message>
    <message>
        <source>below the range</source>
        <translation>unterhalb des Bereichs</translation>
    </message>
    <message>
        <source>above the range</source>
        <translation>oberhalb des Bereichs</translation>
    </message>
    <message>
        <source>no range stored</source>
        <translation>kein Bereich gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) of the series&apos; period have no value (the first: %1); the line breaks there.</source>
        <translation>
            <numerusform>%n Schritt im Takt der Reihe hat keinen Wert (der erste: %1); dort ist die Linie unterbrochen.</numerusform>
            <numerusform>%n Schritte im Takt der Reihe haben keinen Wert (der erste: %1); dort ist die Linie unterbrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not written at this size: hover a bar or see the table</source>
        <translation>
            <numerusform>%n Wert bei dieser Größe nicht beschriftet: zeigen Sie auf einen Balken oder sehen Sie in der Tabelle nach</numerusform>
            <numerusform>%n Werte bei dieser Größe nicht beschriftet: zeigen Sie auf einen Balken oder sehen Sie in der Tabelle nach</numerusform>
        </translation>
    </message>
    <message>
        <source>no range stored: the bar shows the sign around 0</source>
        <translation>kein Bereich gespeichert: der Balken zeigt das Vorzeichen um 0</translation>
    </message>
    <message numerus="yes">
        <source>%n categories without a colour of their own are drawn in grey, each with its own marker shape (see the legend).</source>
        <translation>
            <numerusform>%n Kategorie ohne eigene Farbe ist grau gezeichnet, mit eigener Markerform (siehe Legende).</numerusform>
            <numerusform>%n Kategorien ohne eigene Farbe sind grau gezeichnet, jede mit eigener Markerform (siehe Legende).</numerusform>
        </translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) not written</source>
        <translation>
            <numerusform>%n Wert nicht geschrieben</numerusform>
            <numerusform>%n Werte nicht geschrieben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iv::ChartExportActions</name>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>Diagramm &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG, SVG or PDF file</source>
        <translation>Dieses Diagramm als PNG-, SVG- oder PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Copy Chart</source>
        <translation>Diagramm &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy this chart to the clipboard as an image</source>
        <translation>Dieses Diagramm als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren…</translation>
    </message>
    <message>
        <source>Save the raw values of this question as CSV or NDJSON</source>
        <translation>Die Rohwerte dieser Frage als CSV oder NDJSON speichern</translation>
    </message>
    <message>
        <source>Export &amp;All Charts…</source>
        <translation>&amp;Alle Diagramme exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Report (PDF)…</source>
        <translation>Be&amp;richt exportieren (PDF)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>No chart to export.</source>
        <translation>Kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>No question to export.</source>
        <translation>Keine Frage zum Exportieren.</translation>
    </message>
    <message>
        <source>No chart to copy.</source>
        <translation>Kein Diagramm zum Kopieren.</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Exporting charts…</source>
        <translation>Diagramme werden exportiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>NDJSON, one JSON object per line (*.ndjson)</source>
        <translation>NDJSON, ein JSON-Objekt pro Zeile (*.ndjson)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
</context>
<context>
    <name>iv::ChartQueue</name>
    <message>
        <source>not a chart queue</source>
        <translation>keine Diagrammwarteschlange</translation>
    </message>
</context>
<context>
    <name>iv::ChartReducer</name>
    <message>
        <source>Showing %1 of %2 points: overlapping points are merged (one per marker-sized cell and category).</source>
        <translation>%1 von %2 Punkten angezeigt: überlappende Punkte sind zusammengeführt (einer pro markergroßer Zelle und Kategorie).</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yvalue</source>
        <translation>y-Wert</translation>
    </message>
    <message>
        <source>xvalue</source>
        <translation>x-Wert</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Points per cell:</source>
        <translation>Punkte pro Zelle:</translation>
    </message>
</context>
<context>
    <name>iv::ChartRenderer</name>
    <message>
        <source>Chart exported by Insights Viewer</source>
        <translation>Diagramm exportiert von Insights Viewer</translation>
    </message>
    <message>
        <source>A counter has no chart.</source>
        <translation>Ein Zähler hat kein Diagramm.</translation>
    </message>
    <message>
        <source>%1: no chart for this question</source>
        <translation>%1: kein Diagramm für diese Frage</translation>
    </message>
</context>
<context>
    <name>iv::ChartThumbnail</name>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Diagramm: %1</translation>
    </message>
</context>
<context>
    <name>iv::ChartView</name>
    <message>
        <source>Reset zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
    <message>
        <source>Show the full range again (Home)</source>
        <translation>Den ganzen Bereich wieder zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Reset Zoom</source>
        <translation>Zoom zurücksetzen</translation>
    </message>
</context>
<context>
    <name>iv::Collect</name>
    <message>
        <source>the output %1 is also source &quot;%2&quot;</source>
        <translation>die Ausgabe %1 ist auch die Quelle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>removed %1, left behind by an interrupted collect</source>
        <translation>%1 entfernt, übrig geblieben von einem abgebrochenen Sammeln</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; muss ein Text sein</translation>
    </message>
    <message>
        <source>environment variable %1 is not set (in &quot;%2&quot;)</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt (in &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>empty path</source>
        <translation>leerer Pfad</translation>
    </message>
    <message>
        <source>larger than 16 MiB; not a project file</source>
        <translation>größer als 16 MiB; keine Projektdatei</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1</source>
        <translation>&quot;version&quot; muss 1 sein</translation>
    </message>
    <message>
        <source>&quot;output&quot; (the snapshot to write) is missing</source>
        <translation>&quot;output&quot; (der zu schreibende Snapshot) fehlt</translation>
    </message>
    <message>
        <source>output: %1</source>
        <translation>Ausgabe: %1</translation>
    </message>
    <message>
        <source>output must be a file path</source>
        <translation>die Ausgabe muss ein Dateipfad sein</translation>
    </message>
    <message>
        <source>&quot;sources&quot; must be an object of NAME: path-or-URL</source>
        <translation>&quot;sources&quot; muss ein Objekt aus NAME: Pfad-oder-URL sein</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; must be a string (an SQLite path or a postgresql:// URL)</source>
        <translation>Quelle &quot;%1&quot; muss ein Text sein (ein SQLite-Pfad oder eine postgresql://-URL)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2</source>
        <translation>Quelle &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>--source %1: the project has no source of that name</source>
        <translation>--source %1: das Projekt hat keine Quelle mit diesem Namen</translation>
    </message>
    <message>
        <source>--source %1: %2</source>
        <translation>--source %1: %2</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: the URL carries a password; use PGPASSWORD or ~/.pgpass instead</source>
        <translation>Quelle &quot;%1&quot;: die URL enthält ein Passwort; verwenden Sie stattdessen PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>&quot;apps&quot; must be an array</source>
        <translation>&quot;apps&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;module&quot; is missing</source>
        <translation>%1: &quot;module&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: module &quot;%2&quot; is declared twice</source>
        <translation>%1: Modul &quot;%2&quot; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>%1: &quot;metrics&quot; must be an array</source>
        <translation>%1: &quot;metrics&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be one of counter, gauge, timeseries, scatterplot, barchart, hbarchart, histogram</source>
        <translation>%1: &quot;kind&quot; muss counter, gauge, timeseries, scatterplot, barchart, hbarchart oder histogram sein</translation>
    </message>
    <message>
        <source>%1: &quot;label&quot; is missing</source>
        <translation>%1: &quot;label&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: label &quot;%2&quot; is used twice in insights_%3 (labels are unique per table)</source>
        <translation>%1: Label &quot;%2&quot; wird in insights_%3 zweimal verwendet (Labels sind je Tabelle eindeutig)</translation>
    </message>
    <message>
        <source>%1: unknown source &quot;%2&quot;</source>
        <translation>%1: unbekannte Quelle &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; engines are &quot;sqlite&quot; and &quot;postgresql&quot;, not &quot;%2&quot;</source>
        <translation>%1: &quot;sql&quot;-Engines sind &quot;sqlite&quot; und &quot;postgresql&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; names no engine</source>
        <translation>%1: &quot;sql&quot; nennt keine Engine</translation>
    </message>
    <message>
        <source>&quot;providers&quot; must be an array</source>
        <translation>&quot;providers&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; and &quot;kind&quot; are required</source>
        <translation>%1: &quot;name&quot; und &quot;kind&quot; sind erforderlich</translation>
    </message>
    <message>
        <source>%1: provider name &quot;%2&quot; is taken</source>
        <translation>%1: Providername &quot;%2&quot; ist bereits vergeben</translation>
    </message>
    <message>
        <source>no metrics and no providers: nothing to collect</source>
        <translation>keine Metriken und keine Provider: nichts zu sammeln</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string or null</source>
        <translation>&quot;%1&quot; muss ein Text oder null sein</translation>
    </message>
    <message>
        <source>&quot;program&quot; is missing</source>
        <translation>&quot;program&quot; fehlt</translation>
    </message>
    <message>
        <source>&quot;arguments&quot; must be an array of strings</source>
        <translation>&quot;arguments&quot; muss ein Array aus Texten sein</translation>
    </message>
    <message>
        <source>working directory %1 does not exist</source>
        <translation>Arbeitsverzeichnis %1 existiert nicht</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a positive number of seconds</source>
        <translation>&quot;timeout&quot; muss eine positive Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>&quot;app&quot; (the module) is missing</source>
        <translation>&quot;app&quot; (das Modul) fehlt</translation>
    </message>
    <message>
        <source>&quot;kind&quot; is missing or unknown</source>
        <translation>&quot;kind&quot; fehlt oder ist unbekannt</translation>
    </message>
    <message>
        <source>&quot;label&quot; is missing</source>
        <translation>&quot;label&quot; fehlt</translation>
    </message>
    <message>
        <source>a counter&apos;s &quot;value&quot; must be an integer</source>
        <translation>der &quot;value&quot; eines Zählers muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>a gauge&apos;s &quot;value&quot; must be a number</source>
        <translation>der &quot;value&quot; eines Messwerts muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;values&quot; must be an array</source>
        <translation>&quot;values&quot; muss ein Array sein</translation>
    </message>
    <message>
        <source>values[%1]: &quot;x&quot; (and &quot;y&quot; if given) must be numbers</source>
        <translation>values[%1]: &quot;x&quot; (und &quot;y&quot;, falls angegeben) müssen Zahlen sein</translation>
    </message>
    <message>
        <source>values[%1]: timestamp &quot;%2&quot; is not a date-time</source>
        <translation>values[%1]: Zeitstempel &quot;%2&quot; ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>values[%1]: &quot;timestamp&quot; must be text or null</source>
        <translation>values[%1]: &quot;timestamp&quot; muss Text oder null sein</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, output line %2: not a JSON object</source>
        <translation>Provider &quot;%1&quot;, Ausgabezeile %2: kein JSON-Objekt</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, output line %2: %3</source>
        <translation>Provider &quot;%1&quot;, Ausgabezeile %2: %3</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;, metric &quot;%2&quot;: %3</source>
        <translation>Provider &quot;%1&quot;, Metrik &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2 exited with status %3%4</source>
        <translation>Provider &quot;%1&quot;: %2 wurde mit Status %3 beendet%4</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: %2</source>
        <translation>Provider &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1 not found in %2</source>
        <translation>%1 nicht gefunden in %2</translation>
    </message>
    <message>
        <source>&quot;database&quot; must not be the project&apos;s output</source>
        <translation>&quot;database&quot; darf nicht die Ausgabe des Projekts sein</translation>
    </message>
    <message>
        <source>%1 %2 (in %3) -&gt; %4</source>
        <translation>%1 %2 (in %3) -&gt; %4</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;%2: collect_insights exited with status %3%4</source>
        <translation>Provider &quot;%1&quot;%2: collect_insights wurde mit Status %3 beendet%4</translation>
    </message>
    <message>
        <source>, metric &quot;%1&quot;</source>
        <translation>, Metrik &quot;%1&quot;</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: collect_insights did not write %2 (check &quot;database&quot; and the Django settings)</source>
        <translation>Provider &quot;%1&quot;: collect_insights hat %2 nicht geschrieben (prüfen Sie &quot;database&quot; und die Django-Einstellungen)</translation>
    </message>
    <message>
        <source>unsupported bucket type</source>
        <translation>nicht unterstützter Bucket-Typ</translation>
    </message>
    <message>
        <source>the counter&apos;s value is not an integer</source>
        <translation>der Wert des Zählers ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>the gauge&apos;s value is not a number</source>
        <translation>der Wert des Messwerts ist keine Zahl</translation>
    </message>
    <message>
        <source>program &quot;%1&quot; not found in PATH</source>
        <translation>Programm &quot;%1&quot; nicht in PATH gefunden</translation>
    </message>
    <message>
        <source>program %1 is not an executable file</source>
        <translation>Programm %1 ist keine ausführbare Datei</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>%1 crashed (%2)</source>
        <translation>%1 ist abgestürzt (%2)</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: exists and is not a regular file</source>
        <translation>%1: existiert und ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>app &quot;%1&quot;: %2</source>
        <translation>App &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: unknown kind</source>
        <translation>Metrik &quot;%1&quot;: unbekannte Art</translation>
    </message>
    <message>
        <source>a metric without a label</source>
        <translation>eine Metrik ohne Label</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: the label is already used in insights_%2 (labels are unique per table)</source>
        <translation>Metrik &quot;%1&quot;: das Label wird in insights_%2 bereits verwendet (Labels sind je Tabelle eindeutig)</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2</source>
        <translation>Metrik &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: nothing to commit</source>
        <translation>%1: nichts festzuschreiben</translation>
    </message>
    <message>
        <source>%1: cannot move the new snapshot into place: %2</source>
        <translation>%1: der neue Snapshot kann nicht an seinen Platz verschoben werden: %2</translation>
    </message>
    <message>
        <source>unterminated /* comment</source>
        <translation>nicht abgeschlossener /*-Kommentar</translation>
    </message>
    <message>
        <source>one SQL statement per metric, please (found more after &apos;;&apos;)</source>
        <translation>bitte eine SQL-Anweisung pro Metrik (weitere nach &apos;;&apos; gefunden)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>%1() is not allowed: it reaches outside the database (server files, programs or other connections)</source>
        <translation>%1() ist nicht erlaubt: es greift über die Datenbank hinaus (Serverdateien, Programme oder andere Verbindungen)</translation>
    </message>
    <message>
        <source>unterminated string or quoted name</source>
        <translation>nicht abgeschlossene Zeichenkette oder Name in Anführungszeichen</translation>
    </message>
    <message>
        <source>unterminated %1 quote</source>
        <translation>nicht abgeschlossenes %1-Zitat</translation>
    </message>
    <message>
        <source>the SQL is empty</source>
        <translation>das SQL ist leer</translation>
    </message>
    <message>
        <source>%1 statements are not allowed: metric SQL runs read-only</source>
        <translation>%1-Anweisungen sind nicht erlaubt: Metrik-SQL läuft schreibgeschützt</translation>
    </message>
    <message>
        <source>read-only SQL on %1</source>
        <translation>schreibgeschütztes SQL auf %1</translation>
    </message>
    <message>
        <source>expected one row with one value, got %1 rows</source>
        <translation>eine Zeile mit einem Wert erwartet, %1 Zeilen erhalten</translation>
    </message>
    <message>
        <source>expected %1, got %2</source>
        <translation>%1 erwartet, %2 erhalten</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>row %1: %2 is not a timestamp</source>
        <translation>Zeile %1: %2 ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>row %1: value %2 is not a number</source>
        <translation>Zeile %1: Wert %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>row %1: xvalue and yvalue must be numbers, got %2, %3</source>
        <translation>Zeile %1: xvalue und yvalue müssen Zahlen sein, %2, %3 erhalten</translation>
    </message>
    <message>
        <source>provider &quot;sql&quot;, metric &quot;%1&quot; (source &quot;%2&quot;): %3</source>
        <translation>Provider &quot;sql&quot;, Metrik &quot;%1&quot; (Quelle &quot;%2&quot;): %3</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: %2 (%3, read-only)</source>
        <translation>Quelle &quot;%1&quot;: %2 (%3, schreibgeschützt)</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: warning: %2</source>
        <translation>Quelle &quot;%1&quot;: Warnung: %2</translation>
    </message>
    <message>
        <source>no SQL for %1</source>
        <translation>kein SQL für %1</translation>
    </message>
    <message>
        <source>already exists; refusing to overwrite it</source>
        <translation>existiert bereits; wird nicht überschrieben</translation>
    </message>
    <message>
        <source>the bundled sample script is missing</source>
        <translation>das mitgelieferte Beispielskript fehlt</translation>
    </message>
    <message>
        <source>not a valid PostgreSQL URL: %1</source>
        <translation>keine gültige PostgreSQL-URL: %1</translation>
    </message>
    <message>
        <source>the URL carries a password; use PGPASSWORD or ~/.pgpass instead</source>
        <translation>die URL enthält ein Passwort; verwenden Sie stattdessen PGPASSWORD oder ~/.pgpass</translation>
    </message>
    <message>
        <source>statement_timeout must be whole seconds between 1 and 86400</source>
        <translation>statement_timeout muss eine ganze Zahl von Sekunden zwischen 1 und 86400 sein</translation>
    </message>
    <message>
        <source>cannot parse the URL</source>
        <translation>die URL kann nicht ausgewertet werden</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>nicht genügend Speicher</translation>
    </message>
    <message>
        <source>could not check what the role may do (%1); collect with a role that can only read (GRANT SELECT)</source>
        <translation>konnte nicht prüfen, was die Rolle darf (%1); sammeln Sie mit einer Rolle, die nur lesen kann (GRANT SELECT)</translation>
    </message>
    <message>
        <source>no such role</source>
        <translation>Rolle existiert nicht</translation>
    </message>
    <message>
        <source>member of %1</source>
        <translation>Mitglied von %1</translation>
    </message>
    <message numerus="yes">
        <source>INSERT/UPDATE/DELETE on %n table(s) (%1%2)</source>
        <translation>
            <numerusform>INSERT/UPDATE/DELETE auf %n Tabelle (%1%2)</numerusform>
            <numerusform>INSERT/UPDATE/DELETE auf %n Tabellen (%1%2)</numerusform>
        </translation>
    </message>
    <message>
        <source>role &quot;%1&quot; can do more than read: %2. Metric SQL runs read-only, but a role that can only read (GRANT SELECT) is the real guard; see docs/SECURITY.md</source>
        <translation>Rolle &quot;%1&quot; kann mehr als lesen: %2. Metrik-SQL läuft schreibgeschützt, aber der eigentliche Schutz ist eine Rolle, die nur lesen kann (GRANT SELECT); siehe docs/SECURITY.md</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei existiert nicht</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>the connection was lost: %1</source>
        <translation>die Verbindung ist abgebrochen: %1</translation>
    </message>
    <message>
        <source>not a query: the statement returns no rows (metric SQL must be a SELECT; COPY, SET, DO, CALL and writes are refused)</source>
        <translation>keine Abfrage: die Anweisung liefert keine Zeilen (Metrik-SQL muss ein SELECT sein; COPY, SET, DO, CALL und Schreibzugriffe werden abgelehnt)</translation>
    </message>
    <message>
        <source>canceling statement due to statement timeout (%1 s)</source>
        <translation>Anweisung wegen Zeitüberschreitung abgebrochen (%1 s)</translation>
    </message>
    <message>
        <source>%1: sql.%2 must be a non-empty string or array of lines</source>
        <translation>%1: sql.%2 muss ein nicht leerer Text oder ein Array aus Zeilen sein</translation>
    </message>
    <message>
        <source>%1: &quot;sql&quot; must be a query, an array of lines, or {&quot;sqlite&quot;: …, &quot;postgresql&quot;: …}; or give &quot;sqlFile&quot;</source>
        <translation>%1: &quot;sql&quot; muss eine Abfrage, ein Array aus Zeilen oder {&quot;sqlite&quot;: …, &quot;postgresql&quot;: …} sein; oder geben Sie &quot;sqlFile&quot; an</translation>
    </message>
    <message>
        <source>%1: no sql metric labelled &quot;%2&quot; (command and django providers report their metrics only when they run)</source>
        <translation>%1: keine SQL-Metrik mit dem Label &quot;%2&quot; (command- und django-Provider melden ihre Metriken erst, wenn sie laufen)</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>larger than %1 KiB; not an SQL file</source>
        <translation>größer als %1 KiB; keine SQL-Datei</translation>
    </message>
    <message>
        <source>not UTF-8 text</source>
        <translation>kein UTF-8-Text</translation>
    </message>
    <message>
        <source>the file holds no SQL</source>
        <translation>die Datei enthält kein SQL</translation>
    </message>
    <message>
        <source>%1: give &quot;sql&quot; or &quot;sqlFile&quot;, not both</source>
        <translation>%1: &quot;sql&quot; oder &quot;sqlFile&quot; angeben, nicht beides</translation>
    </message>
    <message>
        <source>%1: &quot;sqlFile&quot; engines are &quot;sqlite&quot; and &quot;postgresql&quot;, not &quot;%2&quot;</source>
        <translation>%1: die Engines von &quot;sqlFile&quot; sind &quot;sqlite&quot; und &quot;postgresql&quot;, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: sqlFile.%2 must be a path</source>
        <translation>%1: sqlFile.%2 muss ein Pfad sein</translation>
    </message>
    <message>
        <source>%1: &quot;sqlFile&quot; must be a path or {&quot;sqlite&quot;: path, &quot;postgresql&quot;: path}</source>
        <translation>%1: &quot;sqlFile&quot; muss ein Pfad sein oder {&quot;sqlite&quot;: Pfad, &quot;postgresql&quot;: Pfad}</translation>
    </message>
    <message>
        <source>%1: sqlFile &quot;%2&quot;: %3</source>
        <translation>%1: sqlFile &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <source>must be a file path</source>
        <translation>muss ein Dateipfad sein</translation>
    </message>
    <message>
        <source>outside the project&apos;s folder %1</source>
        <translation>außerhalb des Projektordners %1</translation>
    </message>
    <message>
        <source>more than %1 Python files (or 100,000 files) under %2: too many to vouch for, so this cannot be remembered</source>
        <translation>mehr als %1 Python-Dateien (oder 100.000 Dateien) unter %2: zu viele, um dafür einzustehen, daher kann dies nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 cannot be read</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: what it would run changed since you allowed it (a program, script or module file); not started. Press Collect again to review it.</source>
        <translation>Provider &quot;%1&quot;: was er ausführen würde, hat sich geändert, seit Sie es erlaubt haben (ein Programm, Skript oder eine Moduldatei); nicht gestartet. Klicken Sie erneut auf Sammeln, um es zu prüfen.</translation>
    </message>
    <message>
        <source>an app&apos;s module or label is longer than the %1 characters a snapshot cell may hold</source>
        <translation>das Modul oder Label einer App ist länger als die %1 Zeichen, die eine Snapshot-Zelle aufnehmen darf</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2 has %3 characters, more than the %4 a snapshot cell may hold</source>
        <translation>Metrik &quot;%1&quot;: %2 hat %3 Zeichen, mehr als die %4, die eine Snapshot-Zelle aufnehmen darf</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: %2 values, more than %3</source>
        <translation>Metrik &quot;%1&quot;: %2 Werte, mehr als %3</translation>
    </message>
    <message>
        <source>the category of value %1</source>
        <translation>die Kategorie von Wert %1</translation>
    </message>
    <message>
        <source>the timestamp of value %1</source>
        <translation>der Zeitstempel von Wert %1</translation>
    </message>
    <message>
        <source>environment: %1 changes which code the program loads; a project may not set it</source>
        <translation>Umgebung: %1 ändert, welchen Code das Programm lädt; ein Projekt darf sie nicht setzen</translation>
    </message>
    <message>
        <source>an output line of %1 is longer than %2 MiB</source>
        <translation>eine Ausgabezeile von %1 ist länger als %2 MiB</translation>
    </message>
    <message>
        <source>invalid UESCAPE</source>
        <translation>ungültiges UESCAPE</translation>
    </message>
    <message>
        <source>invalid Unicode escape in U&amp;&quot;…&quot;</source>
        <translation>ungültige Unicode-Escape-Sequenz in U&amp;&quot;…&quot;</translation>
    </message>
    <message>
        <source>the script ran longer than %1 s; stopped</source>
        <translation>das Skript lief länger als %1 s; angehalten</translation>
    </message>
    <message>
        <source>the script&apos;s database grew past %1 MiB; stopped</source>
        <translation>die Datenbank des Skripts wuchs über %1 MiB; angehalten</translation>
    </message>
    <message>
        <source>connection service files (service=, PGSERVICE) are not used by collect: give host, port and database in the URL</source>
        <translation>Verbindungsdienstdateien (service=, PGSERVICE) werden beim Sammeln nicht verwendet: geben Sie Host, Port und Datenbank in der URL an</translation>
    </message>
    <message>
        <source>a password (PGPASSWORD or %1) would go to %2 over a connection that may not be encrypted; use sslmode=require or verify-full, or a Unix socket</source>
        <translation>ein Passwort (PGPASSWORD oder %1) ginge über eine möglicherweise unverschlüsselte Verbindung an %2; verwenden Sie sslmode=require oder verify-full oder einen Unix-Socket</translation>
    </message>
    <message numerus="yes">
        <source>(%n more notice(s) not shown)</source>
        <translation>
            <numerusform>(%n weiterer Hinweis nicht angezeigt)</numerusform>
            <numerusform>(%n weitere Hinweise nicht angezeigt)</numerusform>
        </translation>
    </message>
    <message>
        <source>… (%1 more characters)</source>
        <translation>… (%1 weitere Zeichen)</translation>
    </message>
    <message numerus="yes">
        <source>the query returns more than %n row(s), the most this metric takes</source>
        <translation>
            <numerusform>die Abfrage liefert mehr als %n Zeile, das Maximum für diese Metrik</numerusform>
            <numerusform>die Abfrage liefert mehr als %n Zeilen, das Maximum für diese Metrik</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer from the server within %1 s; the connection was dropped</source>
        <translation>keine Antwort vom Server innerhalb von %1 s; die Verbindung wurde getrennt</translation>
    </message>
    <message>
        <source>the query reads a foreign table (another server); not allowed</source>
        <translation>die Abfrage liest eine Foreign Table (ein anderer Server); nicht erlaubt</translation>
    </message>
    <message>
        <source>%1() is not allowed: metric SQL may call built-in functions marked immutable or stable only (this one is volatile or defined in the database)</source>
        <translation>%1() ist nicht erlaubt: Metrik-SQL darf nur eingebaute Funktionen aufrufen, die als immutable oder stable markiert sind (diese ist volatile oder in der Datenbank definiert)</translation>
    </message>
    <message>
        <source>kind %1, reference %2</source>
        <translation>Art %1, Referenz %2</translation>
    </message>
    <message>
        <source>%1, reference %2</source>
        <translation>%1, Referenz %2</translation>
    </message>
    <message>
        <source>%1 values, reference %2</source>
        <translation>%1 Werte, Referenz %2</translation>
    </message>
    <message>
        <source>value %1: (%2, %3, %4, %5), reference (%6, %7, %8, %9)</source>
        <translation>Wert %1: (%2, %3, %4, %5), Referenz (%6, %7, %8, %9)</translation>
    </message>
    <message>
        <source>not collected by the project</source>
        <translation>vom Projekt nicht gesammelt</translation>
    </message>
    <message>
        <source>not in the reference</source>
        <translation>nicht in der Referenz</translation>
    </message>
    <message numerus="yes">
        <source>%n metric(s) failed, nothing written:</source>
        <translation>
            <numerusform>%n Metrik fehlgeschlagen, nichts geschrieben:</numerusform>
            <numerusform>%n Metriken fehlgeschlagen, nichts geschrieben:</numerusform>
        </translation>
    </message>
    <message>
        <source>--param %1: the project declares no parameter of that name (it has: %2)</source>
        <translation>--param %1: das Projekt deklariert keinen Parameter mit diesem Namen (es hat: %2)</translation>
    </message>
    <message>
        <source>--param %1: expected a number, got &quot;%2&quot;</source>
        <translation>--param %1: eine Zahl erwartet, &quot;%2&quot; erhalten</translation>
    </message>
    <message>
        <source>a Django site is collected into the file -o OUT.db names</source>
        <translation>eine Django-Site wird in die Datei gesammelt, die -o OUT.db angibt</translation>
    </message>
    <message>
        <source>a Django site has no sources to point elsewhere</source>
        <translation>eine Django-Site hat keine Quellen, die sich umleiten ließen</translation>
    </message>
    <message>
        <source>&quot;parameters&quot; must be an object of NAME: default value</source>
        <translation>&quot;parameters&quot; muss ein Objekt aus NAME: Standardwert sein</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: a name is a letter or _, then letters, digits or _</source>
        <translation>Parameter &quot;%1&quot;: ein Name besteht aus einem Buchstaben oder _, gefolgt von Buchstaben, Ziffern oder _</translation>
    </message>
    <message>
        <source>parameter &quot;%1&quot;: the default must be a string or a number</source>
        <translation>Parameter &quot;%1&quot;: der Standardwert muss ein Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>%1: ${…} in SQL is not expanded (only connection strings and paths are); declare a parameter under &quot;parameters&quot; and write :name</source>
        <translation>%1: ${…} wird in SQL nicht erweitert (nur in Verbindungszeichenfolgen und Pfaden); deklarieren Sie einen Parameter unter &quot;parameters&quot; und schreiben Sie :name</translation>
    </message>
    <message>
        <source>%1: the SQL uses :%2, which &quot;parameters&quot; does not declare</source>
        <translation>%1: das SQL verwendet :%2, das &quot;parameters&quot; nicht deklariert</translation>
    </message>
    <message>
        <source>&quot;database&quot; (the insights database the Django project writes) must be a path</source>
        <translation>&quot;database&quot; (die insights-Datenbank, die das Django-Projekt schreibt) muss ein Pfad sein</translation>
    </message>
    <message>
        <source>provider &quot;%1&quot;: no temporary folder: %2</source>
        <translation>Provider &quot;%1&quot;: kein temporärer Ordner: %2</translation>
    </message>
    <message>
        <source>CAST(x AS integer) truncates on SQLite (2.5 becomes 2) and rounds on PostgreSQL (2.5 becomes 3); cast trunc(x), floor(x) or round(x) instead, which mean the same on both</source>
        <translation>CAST(x AS integer) schneidet unter SQLite ab (2.5 wird 2) und rundet unter PostgreSQL (2.5 wird 3); casten Sie stattdessen trunc(x), floor(x) oder round(x), die auf beiden dasselbe bedeuten</translation>
    </message>
    <message>
        <source>x / n with an integer n truncates when x is an integer, and x&apos;s type differs between the engines (PostgreSQL&apos;s avg() and sum() of a bigint are numeric, so they divide exactly there); write trunc(x / n) for a whole number or x / n.0 for a fraction</source>
        <translation>x / n mit einer ganzzahligen n schneidet ab, wenn x eine ganze Zahl ist, und der Typ von x unterscheidet sich zwischen den Engines (in PostgreSQL sind avg() und sum() eines bigint numeric, dort wird also exakt geteilt); schreiben Sie trunc(x / n) für eine ganze Zahl oder x / n.0 für einen Bruch</translation>
    </message>
    <message>
        <source>time zone &quot;%1&quot; not recognized</source>
        <translation>Zeitzone &quot;%1&quot; nicht erkannt</translation>
    </message>
    <message>
        <source>date_trunc: &quot;%1&quot; is not a timestamp</source>
        <translation>date_trunc: &quot;%1&quot; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>date_trunc: unit &quot;%1&quot; not recognized</source>
        <translation>date_trunc: Einheit &quot;%1&quot; nicht erkannt</translation>
    </message>
    <message>
        <source>timezone: &quot;%1&quot; is not a timestamp</source>
        <translation>timezone: &quot;%1&quot; ist kein Zeitstempel</translation>
    </message>
    <message numerus="yes">
        <source>a %1 takes the columns %2; the query returns %n column(s)</source>
        <translation>
            <numerusform>%1 erwartet die Spalten %2; die Abfrage liefert %n Spalte</numerusform>
            <numerusform>%1 erwartet die Spalten %2; die Abfrage liefert %n Spalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>row %1: a %2 takes the columns %3; the row has %n column(s)</source>
        <translation>
            <numerusform>Zeile %1: %2 erwartet die Spalten %3; die Zeile hat %n Spalte</numerusform>
            <numerusform>Zeile %1: %2 erwartet die Spalten %3; die Zeile hat %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>parameter :%1 = %2</source>
        <translation>Parameter :%1 = %2</translation>
    </message>
    <message>
        <source>metric &quot;%1&quot;: warning: %2</source>
        <translation>Metrik &quot;%1&quot;: Warnung: %2</translation>
    </message>
    <message>
        <source> (line %1, column %2)</source>
        <translation> (Zeile %1, Spalte %2)</translation>
    </message>
    <message>
        <source>the SQL uses :%1, which has no value</source>
        <translation>das SQL verwendet :%1, das keinen Wert hat</translation>
    </message>
    <message>
        <source>the SQL uses %1, which has no value</source>
        <translation>das SQL verwendet %1, das keinen Wert hat</translation>
    </message>
    <message>
        <source>the SQL has a parameter %1; write :name for a parameter the project declares</source>
        <translation>das SQL hat einen Parameter %1; schreiben Sie :name für einen Parameter, den das Projekt deklariert</translation>
    </message>
    <message>
        <source>%1: not a folder</source>
        <translation>%1: kein Ordner</translation>
    </message>
    <message>
        <source>%1 already exists (a collect in the same second); not replaced</source>
        <translation>%1 existiert bereits (ein Sammeln in derselben Sekunde); nicht ersetzt</translation>
    </message>
    <message>
        <source>%1: metric &quot;%2&quot; is a draft placeholder: replace its &quot;draft&quot; (the metric&apos;s Python source) with &quot;sql&quot; before collecting</source>
        <translation>%1: Metrik &quot;%2&quot; ist ein Platzhalter eines Entwurfs: ersetzen Sie ihr &quot;draft&quot; (den Python-Quelltext der Metrik) vor dem Sammeln durch &quot;sql&quot;</translation>
    </message>
    <message>
        <source>date_part: &quot;%1&quot; is not a timestamp</source>
        <translation>date_part: &quot;%1&quot; ist kein Zeitstempel</translation>
    </message>
    <message>
        <source>date_part: unit &quot;%1&quot; not recognized</source>
        <translation>date_part: Einheit &quot;%1&quot; nicht erkannt</translation>
    </message>
</context>
<context>
    <name>iv::CollectDialog</name>
    <message>
        <source>Collect a snapshot</source>
        <translation>Einen Snapshot sammeln</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Writes: %1 (replaced only when every provider succeeds)</source>
        <translation>Schreibt: %1 (nur ersetzt, wenn jeder Provider erfolgreich ist)</translation>
    </message>
    <message>
        <source>This project file cannot be run.</source>
        <translation>Diese Projektdatei kann nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>Provider / metric</source>
        <translation>Provider / Metrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Providers and metrics</source>
        <translation>Provider und Metriken</translation>
    </message>
    <message>
        <source>Collect log</source>
        <translation>Sammelprotokoll</translation>
    </message>
    <message>
        <source>&amp;Collect</source>
        <translation>&amp;Sammeln</translation>
    </message>
    <message>
        <source>Start collecting</source>
        <translation>Sammeln starten</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Run this collect project?</source>
        <translation>Dieses Sammelprojekt ausführen?</translation>
    </message>
    <message>
        <source>Nothing selected.</source>
        <translation>Nichts ausgewählt.</translation>
    </message>
    <message>
        <source>Collecting into %1 …</source>
        <translation>Sammeln in %1 …</translation>
    </message>
    <message>
        <source>Canceling …</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Done: %1 metrics written to %2</source>
        <translation>Fertig: %1 Metriken nach %2 geschrieben</translation>
    </message>
    <message>
        <source>Canceled; %1 was left unchanged.</source>
        <translation>Abgebrochen; %1 blieb unverändert.</translation>
    </message>
    <message>
        <source>Failed; %1 was left unchanged: %2</source>
        <translation>Fehlgeschlagen; %1 blieb unverändert: %2</translation>
    </message>
    <message>
        <source>Programs this project starts</source>
        <translation>Programme, die dieses Projekt startet</translation>
    </message>
    <message>
        <source>Starts no programs: it only reads the databases it names.</source>
        <translation>Startet keine Programme: Es liest nur die genannten Datenbanken.</translation>
    </message>
    <message>
        <source>Starts these programs:</source>
        <translation>Startet diese Programme:</translation>
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
        <translation>    führt %1 aus</translation>
    </message>
    <message>
        <source>Not run: you did not allow it.</source>
        <translation>Nicht ausgeführt: Sie haben es nicht erlaubt.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Run the selected SQL metric&apos;s query and show what would be stored, writing nothing</source>
        <translation>Die Abfrage der ausgewählten SQL-Metrik ausführen und zeigen, was gespeichert würde, ohne etwas zu schreiben</translation>
    </message>
    <message>
        <source>Preview the selected metric</source>
        <translation>Vorschau der ausgewählten Metrik</translation>
    </message>
    <message>
        <source>    expanded: %1</source>
        <translation>    erweitert: %1</translation>
    </message>
    <message>
        <source>    environment %1</source>
        <translation>    Umgebung %1</translation>
    </message>
    <message>
        <source>    inherits %1 (changes which code it loads)</source>
        <translation>    erbt %1 (ändert, welchen Code es lädt)</translation>
    </message>
    <message>
        <source>You have not run this project from this folder before, or it, a program it starts, or where it reads or writes changed since you allowed it. Check what it runs:</source>
        <translation>Sie haben dieses Projekt noch nicht aus diesem Ordner ausgeführt, oder das Projekt, ein von ihm gestartetes Programm oder der Ort, an dem es liest oder schreibt, hat sich geändert, seit Sie es erlaubt haben. Prüfen Sie, was es ausführt:</translation>
    </message>
    <message>
        <source>What the project runs</source>
        <translation>Was das Projekt ausführt</translation>
    </message>
    <message>
        <source>Writes: %1</source>
        <translation>Schreibt: %1</translation>
    </message>
    <message>
        <source>Reads (read-only):</source>
        <translation>Liest (schreibgeschützt):</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>This answer cannot be remembered:</source>
        <translation>Diese Antwort kann nicht gespeichert werden:</translation>
    </message>
    <message>
        <source>Run it?</source>
        <translation>Ausführen?</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot;:</source>
        <translation>Quelle &quot;%1&quot;:</translation>
    </message>
    <message>
        <source>the collect&apos;s start (UTC)</source>
        <translation>der Beginn des Sammelns (UTC)</translation>
    </message>
    <message>
        <source>Source &quot;%1&quot; now reads %2.</source>
        <translation>Quelle &quot;%1&quot; liest jetzt %2.</translation>
    </message>
    <message>
        <source>the project&apos;s own connection</source>
        <translation>die eigene Verbindung des Projekts</translation>
    </message>
    <message>
        <source>&amp;Keep going: run every metric, list every failure (nothing is written unless all pass)</source>
        <translation>&amp;Weitermachen: jede Metrik ausführen, jeden Fehler auflisten (es wird nichts geschrieben, außer alle sind erfolgreich)</translation>
    </message>
    <message>
        <source>Write into folder:</source>
        <translation>In Ordner schreiben:</translation>
    </message>
    <message>
        <source>Each run writes insights-YYYYMMDDTHHMMSSZ.db (UTC) into this folder, building a history</source>
        <translation>Jeder Lauf schreibt insights-YYYYMMDDTHHMMSSZ.db (UTC) in diesen Ordner und baut so einen Verlauf auf</translation>
    </message>
    <message>
        <source>History folder</source>
        <translation>Verlaufsordner</translation>
    </message>
    <message>
        <source>keep </source>
        <translation>behalten: </translation>
    </message>
    <message>
        <source>keep all</source>
        <translation>alle behalten</translation>
    </message>
    <message>
        <source>Remove the oldest snapshots of the folder beyond this many</source>
        <translation>Die ältesten Snapshots des Ordners über diese Anzahl hinaus entfernen</translation>
    </message>
    <message>
        <source>Snapshots to keep</source>
        <translation>Zu behaltende Snapshots</translation>
    </message>
    <message>
        <source>Removed %1 (keeping the newest %2).</source>
        <translation>%1 entfernt (die neuesten %2 werden behalten).</translation>
    </message>
</context>
<context>
    <name>iv::CollectPreviewDialog</name>
    <message>
        <source>Run this collect project?</source>
        <translation>Dieses Sammelprojekt ausführen?</translation>
    </message>
    <message>
        <source>This project file has not been run before (or it changed). The preview runs the query of &quot;%1&quot; against the database it names and writes nothing.

Run it?</source>
        <translation>Diese Projektdatei wurde noch nicht ausgeführt (oder sie hat sich geändert). Die Vorschau führt die Abfrage von &quot;%1&quot; auf der genannten Datenbank aus und schreibt nichts.

Ausführen?</translation>
    </message>
    <message>
        <source>Running the query of %1…</source>
        <translation>Die Abfrage von %1 wird ausgeführt…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n stored row(s); nothing was written.</source>
        <translation>
            <numerusform>%1: %n gespeicherte Zeile; es wurde nichts geschrieben.</numerusform>
            <numerusform>%1: %n gespeicherte Zeilen; es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview failed.</source>
        <translation>Die Vorschau ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <source>Preview rows</source>
        <translation>Zeilen der Vorschau</translation>
    </message>
    <message>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
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
        <translation>Keine Zähler oder Messwerte in dieser App.</translation>
    </message>
    <message>
        <source>This snapshot holds no apps.</source>
        <translation>Dieser Snapshot enthält keine Apps.</translation>
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
        <translation>%1 wird mit %2 verglichen…</translation>
    </message>
    <message>
        <source>Could not compare: %1</source>
        <translation>Vergleich nicht möglich: %1</translation>
    </message>
    <message>
        <source>Added apps: %1.</source>
        <translation>Hinzugefügte Apps: %1.</translation>
    </message>
    <message>
        <source>Removed apps: %1.</source>
        <translation>Entfernte Apps: %1.</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 changed, %2 added, %3 removed</source>
        <translation>%1 geändert, %2 hinzugefügt, %3 entfernt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Delta</source>
        <translation>Differenz</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Questions, old and new side by side</source>
        <translation>Fragen, alt und neu nebeneinander</translation>
    </message>
    <message>
        <source>Comparison details</source>
        <translation>Details des Vergleichs</translation>
    </message>
    <message>
        <source>Choose two snapshots to compare.</source>
        <translation>Wählen Sie zwei Snapshots zum Vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n question(s), same values, same schema, same executions.</source>
        <translation>
            <numerusform>Identischer Inhalt: %n Frage, gleiche Werte, gleiches Schema, gleiche Ausführungen.</numerusform>
            <numerusform>Identischer Inhalt: %n Fragen, gleiche Werte, gleiches Schema, gleiche Ausführungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n schema object(s) differ.</source>
        <translation>
            <numerusform>%n Schemaobjekt unterscheidet sich.</numerusform>
            <numerusform>%n Schemaobjekte unterscheiden sich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected at %1 → %2 (%n question(s) collected again).</source>
        <translation>
            <numerusform>Gesammelt am %1 → %2 (%n Frage erneut gesammelt).</numerusform>
            <numerusform>Gesammelt am %1 → %2 (%n Fragen erneut gesammelt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Executions: %1 → %2 (%3 added, %4 removed).</source>
        <translation>Ausführungen: %1 → %2 (%3 hinzugefügt, %4 entfernt).</translation>
    </message>
    <message>
        <source>collected again</source>
        <translation>erneut gesammelt</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n question(s), same values, same schema (times not compared).</source>
        <translation>
            <numerusform>Identischer Inhalt: %n Frage, gleiche Werte, gleiches Schema (Zeiten nicht verglichen).</numerusform>
            <numerusform>Identischer Inhalt: %n Fragen, gleiche Werte, gleiches Schema (Zeiten nicht verglichen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed.</source>
        <translation>Fragen: %1 exakt, %2 innerhalb der Toleranz, %3 geändert, %4 hinzugefügt, %5 entfernt.</translation>
    </message>
    <message>
        <source>within tolerance</source>
        <translation>innerhalb der Toleranz</translation>
    </message>
    <message>
        <source>(%1 within tolerance)</source>
        <translation>(%1 innerhalb der Toleranz)</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Numbers that differ by at most this share of the larger one count as the same (within tolerance).</source>
        <translation>Zahlen, die sich höchstens um diesen Anteil der größeren unterscheiden, gelten als gleich (innerhalb der Toleranz).</translation>
    </message>
    <message>
        <source>Tolerance in percent</source>
        <translation>Toleranz in Prozent</translation>
    </message>
    <message>
        <source>Include &amp;times</source>
        <translation>&amp;Zeiten einbeziehen</translation>
    </message>
    <message>
        <source>Also compare when the questions were collected and the executions.</source>
        <translation>Auch vergleichen, wann die Fragen gesammelt wurden, sowie die Ausführungen.</translation>
    </message>
</context>
<context>
    <name>iv::DjangoDraft</name>
    <message>
        <source>%1: no such file (--django names the site&apos;s manage.py)</source>
        <translation>%1: Datei nicht vorhanden (--django nennt die manage.py der Website)</translation>
    </message>
    <message>
        <source>%1 does not name a settings module (os.environ.setdefault(&quot;DJANGO_SETTINGS_MODULE&quot;, …))</source>
        <translation>%1 nennt kein Settings-Modul (os.environ.setdefault(&quot;DJANGO_SETTINGS_MODULE&quot;, …))</translation>
    </message>
    <message>
        <source>no temporary folder: %1</source>
        <translation>kein temporärer Ordner: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: the site&apos;s metrics stopped with status %2: %3</source>
        <translation>%1: die Metriken der Website endeten mit Status %2: %3</translation>
    </message>
    <message>
        <source>%1: the draft run wrote no result</source>
        <translation>%1: der Entwurfslauf schrieb kein Ergebnis</translation>
    </message>
    <message>
        <source>the drafted project does not load: %1</source>
        <translation>das entworfene Projekt lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>the sql provider cannot collect its query: %1</source>
        <translation>der sql-Provider kann seine Abfrage nicht sammeln: %1</translation>
    </message>
    <message>
        <source>the metric stored no value</source>
        <translation>die Metrik hat keinen Wert gespeichert</translation>
    </message>
    <message>
        <source>its query&apos;s rows are not the value it stored (query %1)</source>
        <translation>die Zeilen ihrer Abfrage sind nicht der Wert, den sie gespeichert hat (Abfrage %1)</translation>
    </message>
    <message>
        <source>%1: exists and is not a regular file</source>
        <translation>%1: existiert bereits und ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>%1: exists; choose another name or replace it (--force)</source>
        <translation>%1: existiert bereits; wählen Sie einen anderen Namen oder ersetzen Sie die Datei (--force)</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: der Ordner existiert nicht</translation>
    </message>
</context>
<context>
    <name>iv::DraftDialog</name>
    <message>
        <source>Running the site&apos;s metrics once …</source>
        <translation>Die Metriken der Site werden einmal ausgeführt …</translation>
    </message>
    <message>
        <source>Drafting runs this Django site&apos;s code once (its settings and every insights.py) with the interpreter below. You have not allowed it from this folder before, or it changed since. Check what it runs:</source>
        <translation>Der Entwurf führt den Code dieser Django-Site einmal aus (ihre Einstellungen und jede insights.py) mit dem Interpreter unten. Sie haben das aus diesem Ordner noch nicht erlaubt, oder es hat sich seitdem geändert. Prüfen Sie, was ausgeführt wird:</translation>
    </message>
    <message>
        <source>Not run: the site&apos;s code was not allowed to run.</source>
        <translation>Nicht ausgeführt: Der Code der Site durfte nicht ausgeführt werden.</translation>
    </message>
    <message>
        <source>SQL, checked: its rerun gives the stored value</source>
        <translation>SQL, geprüft: erneutes Ausführen ergibt den gespeicherten Wert</translation>
    </message>
    <message>
        <source>Placeholder: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <source>%1 written: its one metric drafted as SQL.</source>
        <translation>%1 geschrieben: die einzige Metrik als SQL entworfen.</translation>
    </message>
    <message>
        <source>%1 written: all %2 metrics drafted as SQL.</source>
        <translation>%1 geschrieben: alle %2 Metriken als SQL entworfen.</translation>
    </message>
    <message>
        <source>%1 written: %2 of %3 metrics as SQL; finish the placeholders by hand before collecting: %4.</source>
        <translation>%1 geschrieben: %2 von %3 Metriken als SQL; vervollständigen Sie die Platzhalter vor dem Sammeln von Hand: %4.</translation>
    </message>
    <message>
        <source>Draft from Django Site</source>
        <translation>Entwurf aus Django-Site</translation>
    </message>
    <message>
        <source>Site: %1</source>
        <translation>Site: %1</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekt: %1</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Drafted as</source>
        <translation>Entworfen als</translation>
    </message>
    <message>
        <source>Drafted metrics</source>
        <translation>Entworfene Metriken</translation>
    </message>
    <message>
        <source>The site&apos;s output</source>
        <translation>Ausgabe der Site</translation>
    </message>
    <message>
        <source>Open in Collect…</source>
        <translation>In Sammeln öffnen…</translation>
    </message>
</context>
<context>
    <name>iv::ExportChartDialog</name>
    <message>
        <source>Export All Charts</source>
        <translation>Alle Diagramme exportieren</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG vector image</source>
        <translation>SVG-Vektorgrafik</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Small (8 × 4 in)</source>
        <translation>Klein (8 × 4 in)</translation>
    </message>
    <message>
        <source>Medium (16 × 8 in)</source>
        <translation>Mittel (16 × 8 in)</translation>
    </message>
    <message>
        <source>Large (32 × 16 in)</source>
        <translation>Groß (32 × 16 in)</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Auflösung:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>Choose where to export</source>
        <translation>Exportziel wählen</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Chart size</source>
        <translation>Diagrammgröße</translation>
    </message>
    <message>
        <source>Resolution in dots per inch</source>
        <translation>Auflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>Chart theme</source>
        <translation>Diagrammdesign</translation>
    </message>
    <message>
        <source>Export All Charts to Folder</source>
        <translation>Alle Diagramme in Ordner exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>Vector output; text stays text.</source>
        <translation>Vektorausgabe; Text bleibt Text.</translation>
    </message>
</context>
<context>
    <name>iv::FileIdentity</name>
    <message>
        <source>is a folder, not a regular file</source>
        <translation>ist ein Ordner, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a FIFO, not a regular file</source>
        <translation>ist ein FIFO, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a socket, not a regular file</source>
        <translation>ist ein Socket, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is a device, not a regular file</source>
        <translation>ist ein Gerät, keine reguläre Datei</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>Datei existiert nicht</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>changed while it was hashed (%1 bytes read, %2 expected)</source>
        <translation>hat sich beim Hashen geändert (%1 Byte gelesen, %2 erwartet)</translation>
    </message>
    <message>
        <source>was replaced by another file</source>
        <translation>wurde durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>changed size from %1 to %2 bytes</source>
        <translation>hat die Größe von %1 auf %2 Byte geändert</translation>
    </message>
    <message>
        <source>was modified (its modification time changed)</source>
        <translation>wurde geändert (die Änderungszeit ist eine andere)</translation>
    </message>
    <message>
        <source>was removed or renamed</source>
        <translation>wurde entfernt oder umbenannt</translation>
    </message>
    <message>
        <source>was modified (its status change time changed)</source>
        <translation>wurde geändert (der Zeitpunkt der Statusänderung hat sich geändert)</translation>
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

Erkennt: %2
Wie: %3
Grenzen: %4
Was tun: %5</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>An e-mail address in a text cell, a free page or bytes after the file&apos;s end.</source>
        <translation>Eine E-Mail-Adresse in einer Textzelle, einer freien Seite oder in Bytes nach dem Dateiende.</translation>
    </message>
    <message>
        <source>A pattern for local part @ domain with a dot in the domain; the sample keeps the first letter and the domain.</source>
        <translation>Ein Muster für lokaler Teil @ Domain mit einem Punkt in der Domain; die Probe behält den ersten Buchstaben und die Domain.</translation>
    </message>
    <message>
        <source>Read through HTML, percent and backslash escapes, spelled-out &quot;at&quot; and &quot;dot&quot;, invisible and look-alike characters and base64; quoted-printable, compressed or encrypted addresses are not recognised.</source>
        <translation>Gelesen durch HTML-, Prozent- und Backslash-Escapes, ausgeschriebenes „at“ und „dot“, unsichtbare und ähnlich aussehende Zeichen und Base64 hindurch; Quoted-Printable, komprimierte oder verschlüsselte Adressen werden nicht erkannt.</translation>
    </message>
    <message>
        <source>Remove the address at its source (the collecting query) or save a redacted copy; accept it only when it is a public role address.</source>
        <translation>Entfernen Sie die Adresse an der Quelle (der sammelnden Abfrage) oder speichern Sie eine geschwärzte Kopie; akzeptieren Sie sie nur, wenn es eine öffentliche Funktionsadresse ist.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>A telephone number in a text cell.</source>
        <translation>Eine Telefonnummer in einer Textzelle.</translation>
    </message>
    <message>
        <source>Digit groups with an optional + and separators, 8 to 15 digits, that are not dates, versions or amounts.</source>
        <translation>Zifferngruppen mit optionalem + und Trennzeichen, 8 bis 15 Ziffern, die keine Daten, Versionen oder Beträge sind.</translation>
    </message>
    <message>
        <source>Numbers without separators may be taken for counts and missed; some order or invoice numbers look like phone numbers.</source>
        <translation>Nummern ohne Trennzeichen können für Anzahlen gehalten und übersehen werden; manche Bestell- oder Rechnungsnummern sehen wie Telefonnummern aus.</translation>
    </message>
    <message>
        <source>Remove or redact it; mark it as a false positive when it is an order or article number.</source>
        <translation>Entfernen oder schwärzen Sie sie; markieren Sie sie als Fehlalarm, wenn es eine Bestell- oder Artikelnummer ist.</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>An international bank account number.</source>
        <translation>Eine internationale Bankkontonummer.</translation>
    </message>
    <message>
        <source>Country code, check digits and length per country, checked with the mod-97 rule.</source>
        <translation>Ländercode, Prüfziffern und Länge je Land, geprüft mit der Mod-97-Regel.</translation>
    </message>
    <message>
        <source>Domestic account numbers without IBAN form are not recognised.</source>
        <translation>Inländische Kontonummern ohne IBAN-Form werden nicht erkannt.</translation>
    </message>
    <message>
        <source>Remove or redact it.</source>
        <translation>Entfernen oder schwärzen Sie sie.</translation>
    </message>
    <message>
        <source>Payment card number</source>
        <translation>Zahlungskartennummer</translation>
    </message>
    <message>
        <source>A card number (Visa, Mastercard, American Express, …).</source>
        <translation>Eine Kartennummer (Visa, Mastercard, American Express, …).</translation>
    </message>
    <message>
        <source>13 to 19 digits with an issuer prefix matching the length and a valid Luhn check digit.</source>
        <translation>13 bis 19 Ziffern mit einem zur Länge passenden Herausgeberpräfix und einer gültigen Luhn-Prüfziffer.</translation>
    </message>
    <message>
        <source>Test card numbers are reported like real ones.</source>
        <translation>Testkartennummern werden wie echte gemeldet.</translation>
    </message>
    <message>
        <source>Remove it; never accept a real card number.</source>
        <translation>Entfernen Sie sie; akzeptieren Sie nie eine echte Kartennummer.</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>An IPv4 address that can point at a person&apos;s device.</source>
        <translation>Eine IPv4-Adresse, die auf das Gerät einer Person zeigen kann.</translation>
    </message>
    <message>
        <source>Four octets 0–255; loopback and documentation ranges are not reported.</source>
        <translation>Vier Oktette 0–255; Loopback- und Dokumentationsbereiche werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Addresses of servers are reported like those of people.</source>
        <translation>Adressen von Servern werden wie die von Personen gemeldet.</translation>
    </message>
    <message>
        <source>Remove or redact it; accept it when it is a known server&apos;s address.</source>
        <translation>Entfernen oder schwärzen Sie sie; akzeptieren Sie sie, wenn es die Adresse eines bekannten Servers ist.</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>An IPv6 address that can point at a person&apos;s device.</source>
        <translation>Eine IPv6-Adresse, die auf das Gerät einer Person zeigen kann.</translation>
    </message>
    <message>
        <source>Groups of hexadecimal digits with colons, :: compression allowed; ::1 and 2001:db8::/32 are not reported.</source>
        <translation>Gruppen hexadezimaler Ziffern mit Doppelpunkten, ::-Kürzung erlaubt; ::1 und 2001:db8::/32 werden nicht gemeldet.</translation>
    </message>
    <message>
        <source>Person&apos;s name</source>
        <translation>Name einer Person</translation>
    </message>
    <message>
        <source>A value that looks like a person&apos;s name, e.g. a bucket category.</source>
        <translation>Ein Wert, der wie der Name einer Person aussieht, z. B. eine Kategorie eines Buckets.</translation>
    </message>
    <message>
        <source>Given and family names from openly licensed lexicons, name shapes and the bucket&apos;s context (its label, question and axis labels).</source>
        <translation>Vor- und Nachnamen aus offen lizenzierten Lexika, Namensformen und der Kontext des Buckets (Bezeichnung, Frage und Achsenbeschriftungen).</translation>
    </message>
    <message>
        <source>Brands and titles named after people can be reported; rare names and names in unusual forms can be missed: check person-like buckets by eye.</source>
        <translation>Marken und Titel, die nach Personen benannt sind, können gemeldet werden; seltene Namen und Namen in ungewöhnlicher Form können übersehen werden: prüfen Sie personenartige Buckets mit eigenen Augen.</translation>
    </message>
    <message>
        <source>Group or pseudonymise people in the collecting query; mark brands and public names as false positives.</source>
        <translation>Gruppieren oder pseudonymisieren Sie Personen in der sammelnden Abfrage; markieren Sie Marken und öffentliche Namen als Fehlalarm.</translation>
    </message>
    <message>
        <source>National identifier</source>
        <translation>Nationale Kennnummer</translation>
    </message>
    <message>
        <source>A national identity, tax or social-security number.</source>
        <translation>Eine nationale Ausweis-, Steuer- oder Sozialversicherungsnummer.</translation>
    </message>
    <message>
        <source>Known national formats with their check digits.</source>
        <translation>Bekannte nationale Formate mit ihren Prüfziffern.</translation>
    </message>
    <message>
        <source>Formats of other countries are not recognised.</source>
        <translation>Formate anderer Länder werden nicht erkannt.</translation>
    </message>
    <message>
        <source>Remove it; never accept it.</source>
        <translation>Entfernen Sie sie; akzeptieren Sie sie nie.</translation>
    </message>
    <message>
        <source>Secret or credential</source>
        <translation>Geheimnis oder Zugangsdaten</translation>
    </message>
    <message>
        <source>A password, API key, token or private key.</source>
        <translation>Ein Passwort, API-Schlüssel, Token oder privater Schlüssel.</translation>
    </message>
    <message>
        <source>Known key formats and assignments such as password=…; the sample shows only the kind and a few characters.</source>
        <translation>Bekannte Schlüsselformate und Zuweisungen wie password=…; die Probe zeigt nur die Art und wenige Zeichen.</translation>
    </message>
    <message>
        <source>Home-made token formats are not recognised.</source>
        <translation>Selbstgebaute Tokenformate werden nicht erkannt.</translation>
    </message>
    <message>
        <source>Revoke the secret now, then remove it from the snapshot and from the query that copied it.</source>
        <translation>Widerrufen Sie das Geheimnis sofort und entfernen Sie es dann aus dem Snapshot und aus der Abfrage, die es kopiert hat.</translation>
    </message>
    <message>
        <source>Small count</source>
        <translation>Kleine Anzahl</translation>
    </message>
    <message>
        <source>A count small enough to single out people (fewer than the threshold).</source>
        <translation>Eine Anzahl, die klein genug ist, um Personen herauszugreifen (unter der Schwelle).</translation>
    </message>
    <message>
        <source>Counter values and bar heights that are whole numbers from 1 to the threshold minus one.</source>
        <translation>Zählerwerte und Balkenhöhen, die ganze Zahlen von 1 bis zur Schwelle minus eins sind.</translation>
    </message>
    <message>
        <source>Counts that are not about people are reported too.</source>
        <translation>Anzahlen, die nicht von Personen handeln, werden auch gemeldet.</translation>
    </message>
    <message>
        <source>Group small categories or raise the bucket size; accept counts that are not about people.</source>
        <translation>Fassen Sie kleine Kategorien zusammen oder vergrößern Sie den Bucket; akzeptieren Sie Anzahlen, die nicht von Personen handeln.</translation>
    </message>
    <message>
        <source>Extra table</source>
        <translation>Zusätzliche Tabelle</translation>
    </message>
    <message>
        <source>A table that upstream&apos;s schema does not have.</source>
        <translation>Eine Tabelle, die das Schema von upstream nicht hat.</translation>
    </message>
    <message>
        <source>The schema is compared with upstream&apos;s migration.</source>
        <translation>Das Schema wird mit der Migration von upstream verglichen.</translation>
    </message>
    <message>
        <source>Its text is scanned like any other.</source>
        <translation>Ihr Text wird wie jeder andere durchsucht.</translation>
    </message>
    <message>
        <source>Find out which query wrote it; allow it in a policy only when it belongs there.</source>
        <translation>Finden Sie heraus, welche Abfrage sie geschrieben hat; erlauben Sie sie in einer Richtlinie nur, wenn sie dazugehört.</translation>
    </message>
    <message>
        <source>Integrity check failed</source>
        <translation>Integritätsprüfung fehlgeschlagen</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check reported damage.</source>
        <translation>Die Integritätsprüfung von SQLite meldete Schäden.</translation>
    </message>
    <message>
        <source>PRAGMA integrity_check.</source>
        <translation>PRAGMA integrity_check.</translation>
    </message>
    <message>
        <source>A damaged file may hide rows from every check.</source>
        <translation>Eine beschädigte Datei kann Zeilen vor jeder Prüfung verbergen.</translation>
    </message>
    <message>
        <source>Ask for a new snapshot; do not share this one.</source>
        <translation>Fordern Sie einen neuen Snapshot an; teilen Sie diesen nicht.</translation>
    </message>
    <message>
        <source>Review incomplete</source>
        <translation>Prüfung unvollständig</translation>
    </message>
    <message>
        <source>The review stopped before it read everything (time limit, cancel or budget).</source>
        <translation>Die Prüfung endete, bevor alles gelesen war (Zeitlimit, Abbruch oder Budget).</translation>
    </message>
    <message>
        <source>The reviewer&apos;s own limits.</source>
        <translation>Die eigenen Grenzen der Prüfung.</translation>
    </message>
    <message>
        <source>What was not read may hold anything.</source>
        <translation>Was nicht gelesen wurde, kann alles enthalten.</translation>
    </message>
    <message>
        <source>Review again with more time; never treat an incomplete review as clean.</source>
        <translation>Prüfen Sie erneut mit mehr Zeit; behandeln Sie eine unvollständige Prüfung nie als sauber.</translation>
    </message>
    <message>
        <source>File changed during the review</source>
        <translation>Datei während der Prüfung geändert</translation>
    </message>
    <message>
        <source>The file&apos;s bytes changed while it was reviewed.</source>
        <translation>Die Bytes der Datei änderten sich, während sie geprüft wurde.</translation>
    </message>
    <message>
        <source>Identity (size, times, inode) compared before and after.</source>
        <translation>Identität (Größe, Zeiten, Inode) vorher und nachher verglichen.</translation>
    </message>
    <message>
        <source>The hash may describe other contents than the findings.</source>
        <translation>Der Hash kann einen anderen Inhalt beschreiben als die Befunde.</translation>
    </message>
    <message>
        <source>Review again once the file is no longer written.</source>
        <translation>Prüfen Sie erneut, sobald die Datei nicht mehr geschrieben wird.</translation>
    </message>
    <message>
        <source>WAL mode</source>
        <translation>WAL-Modus</translation>
    </message>
    <message>
        <source>The file uses a write-ahead log; a -wal file beside it holds changes.</source>
        <translation>Die Datei verwendet ein Write-Ahead-Log; eine -wal-Datei daneben enthält Änderungen.</translation>
    </message>
    <message>
        <source>The file header.</source>
        <translation>Der Dateikopf.</translation>
    </message>
    <message>
        <source>Changes in the -wal file are not reviewed.</source>
        <translation>Änderungen in der -wal-Datei werden nicht geprüft.</translation>
    </message>
    <message>
        <source>Ask for a snapshot checkpointed into one file.</source>
        <translation>Fordern Sie einen Snapshot an, der in eine Datei zurückgeschrieben wurde (Checkpoint).</translation>
    </message>
    <message>
        <source>Data in free pages</source>
        <translation>Daten in freien Seiten</translation>
    </message>
    <message>
        <source>Deleted data left in the file&apos;s free pages or unused space.</source>
        <translation>Gelöschte Daten, die in freien Seiten oder ungenutztem Platz der Datei zurückgeblieben sind.</translation>
    </message>
    <message>
        <source>The raw bytes are scanned.</source>
        <translation>Die rohen Bytes werden durchsucht.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise is reported.</source>
        <translation>Nur was die Detektoren erkennen, wird gemeldet.</translation>
    </message>
    <message>
        <source>Share a VACUUMed copy (Save Redacted Copy does this).</source>
        <translation>Teilen Sie eine Kopie nach VACUUM („Geschwärzte Kopie speichern“ tut das).</translation>
    </message>
    <message>
        <source>Bytes after the database</source>
        <translation>Bytes nach der Datenbank</translation>
    </message>
    <message>
        <source>Bytes after the last page SQLite uses.</source>
        <translation>Bytes nach der letzten Seite, die SQLite verwendet.</translation>
    </message>
    <message>
        <source>File size compared with the page count.</source>
        <translation>Dateigröße mit der Seitenzahl verglichen.</translation>
    </message>
    <message>
        <source>Share a clean copy.</source>
        <translation>Teilen Sie eine saubere Kopie.</translation>
    </message>
    <message>
        <source>Hidden fields in rows</source>
        <translation>Verborgene Felder in Zeilen</translation>
    </message>
    <message>
        <source>Rows that hold more fields than their table or index names, or bytes after their last field: no reader shows them, but they travel with the file.</source>
        <translation>Zeilen mit mehr Feldern, als ihre Tabelle oder ihr Index nennt, oder mit Bytes nach ihrem letzten Feld: kein Leseprogramm zeigt sie, aber sie reisen mit der Datei.</translation>
    </message>
    <message>
        <source>Every record&apos;s header in every page is read and compared with the schema; the hidden bytes are scanned.</source>
        <translation>Der Kopf jedes Datensatzes auf jeder Seite wird gelesen und mit dem Schema verglichen; die verborgenen Bytes werden durchsucht.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise in the hidden bytes is reported; the file was edited by hand.</source>
        <translation>Nur was die Detektoren in den verborgenen Bytes erkennen, wird gemeldet; die Datei wurde von Hand bearbeitet.</translation>
    </message>
    <message>
        <source>Do not share this file; ask for a new snapshot, or share a redacted copy (it is written row by row, without the hidden fields).</source>
        <translation>Teilen Sie diese Datei nicht; fordern Sie einen neuen Snapshot an oder teilen Sie eine geschwärzte Kopie (sie wird Zeile für Zeile geschrieben, ohne die verborgenen Felder).</translation>
    </message>
    <message>
        <source>Data in the file header</source>
        <translation>Daten im Dateikopf</translation>
    </message>
    <message>
        <source>Bytes the file header reserves, which SQLite always leaves zero, are set.</source>
        <translation>Bytes, die der Dateikopf reserviert und die SQLite immer null lässt, sind gesetzt.</translation>
    </message>
    <message>
        <source>Bytes 72 to 91 of the header are compared with zero and scanned.</source>
        <translation>Die Bytes 72 bis 91 des Kopfs werden mit null verglichen und durchsucht.</translation>
    </message>
    <message>
        <source>Only what the detectors recognise is reported; the file was edited by hand.</source>
        <translation>Nur was die Detektoren erkennen, wird gemeldet; die Datei wurde von Hand bearbeitet.</translation>
    </message>
    <message>
        <source>Ask where the file comes from; share a clean copy.</source>
        <translation>Fragen Sie, woher die Datei stammt; teilen Sie eine saubere Kopie.</translation>
    </message>
    <message>
        <source>Unfinished write</source>
        <translation>Unvollendeter Schreibvorgang</translation>
    </message>
    <message>
        <source>A rollback journal lies beside the file: other SQLite readers roll it back and see other contents than reviewed.</source>
        <translation>Neben der Datei liegt ein Rollback-Journal: andere SQLite-Leser rollen es zurück und sehen einen anderen Inhalt als geprüft.</translation>
    </message>
    <message>
        <source>A non-empty -journal file beside the snapshot.</source>
        <translation>Eine nicht leere -journal-Datei neben dem Snapshot.</translation>
    </message>
    <message>
        <source>The journal&apos;s contents are not reviewed.</source>
        <translation>Der Inhalt des Journals wird nicht geprüft.</translation>
    </message>
    <message>
        <source>Ask for the snapshot again once its writer has finished.</source>
        <translation>Fordern Sie den Snapshot erneut an, sobald sein Schreiber fertig ist.</translation>
    </message>
    <message>
        <source>Write-ahead log beside the file</source>
        <translation>Write-Ahead-Log neben der Datei</translation>
    </message>
    <message>
        <source>A -wal file beside the snapshot holds changes other readers see.</source>
        <translation>Eine -wal-Datei neben dem Snapshot enthält Änderungen, die andere Leser sehen.</translation>
    </message>
    <message>
        <source>A non-empty -wal file beside the snapshot.</source>
        <translation>Eine nicht leere -wal-Datei neben dem Snapshot.</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>Konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Part of the file could not be read.</source>
        <translation>Ein Teil der Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Every read is checked.</source>
        <translation>Jeder Lesevorgang wird geprüft.</translation>
    </message>
    <message>
        <source>Copy the file again and review the copy; never treat it as clean.</source>
        <translation>Kopieren Sie die Datei erneut und prüfen Sie die Kopie; behandeln Sie sie nie als sauber.</translation>
    </message>
    <message>
        <source>Scan incomplete</source>
        <translation>Durchsuchung unvollständig</translation>
    </message>
    <message>
        <source>The personal-data scan stopped before it read every cell (time limit or cell budget).</source>
        <translation>Die Suche nach personenbezogenen Daten endete, bevor sie jede Zelle gelesen hatte (Zeitlimit oder Zellbudget).</translation>
    </message>
    <message>
        <source>What was not scanned may hold anything.</source>
        <translation>Was nicht durchsucht wurde, kann alles enthalten.</translation>
    </message>
    <message>
        <source>Review again with more time; never treat an incomplete scan as clean.</source>
        <translation>Prüfen Sie erneut mit mehr Zeit; behandeln Sie eine unvollständige Durchsuchung nie als sauber.</translation>
    </message>
    <message>
        <source>Hidden table</source>
        <translation>Verborgene Tabelle</translation>
    </message>
    <message>
        <source>A table named like SQLite&apos;s own (sqlite_…) that SQLite does not make.</source>
        <translation>Eine Tabelle, die wie eine von SQLite selbst heißt (sqlite_…), die SQLite aber nicht anlegt.</translation>
    </message>
    <message>
        <source>Every sqlite_ table is compared with the ones SQLite writes; its text is scanned.</source>
        <translation>Jede sqlite_-Tabelle wird mit denen verglichen, die SQLite schreibt; ihr Text wird durchsucht.</translation>
    </message>
    <message>
        <source>Tools that skip SQLite&apos;s own tables do not show it.</source>
        <translation>Werkzeuge, die die eigenen Tabellen von SQLite überspringen, zeigen sie nicht.</translation>
    </message>
    <message>
        <source>Do not share this file; ask where it comes from.</source>
        <translation>Teilen Sie diese Datei nicht; fragen Sie, woher sie stammt.</translation>
    </message>
    <message>
        <source>Infinite or missing number</source>
        <translation>Unendliche oder fehlende Zahl</translation>
    </message>
    <message>
        <source>A value stored as infinity or not a number.</source>
        <translation>Ein Wert, der als unendlich oder als keine Zahl gespeichert ist.</translation>
    </message>
    <message>
        <source>Every number and numeric text of the value tables.</source>
        <translation>Jede Zahl und jeder numerische Text der Wertetabellen.</translation>
    </message>
    <message>
        <source>Upstream&apos;s charts fail on such values.</source>
        <translation>Die Diagramme von upstream scheitern an solchen Werten.</translation>
    </message>
    <message>
        <source>Fix the collecting query; the viewer leaves such points out and says so.</source>
        <translation>Korrigieren Sie die sammelnde Abfrage; der Viewer lässt solche Punkte aus und sagt es.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personenbezogene Daten</translation>
    </message>
    <message>
        <source>A value that identifies or concerns a person.</source>
        <translation>Ein Wert, der eine Person identifiziert oder betrifft.</translation>
    </message>
    <message>
        <source>The personal-data detectors.</source>
        <translation>Die Detektoren für personenbezogene Daten.</translation>
    </message>
    <message>
        <source>Detectors recognise known forms only.</source>
        <translation>Detektoren erkennen nur bekannte Formen.</translation>
    </message>
    <message>
        <source>The file does not match upstream&apos;s schema or data rules here.</source>
        <translation>Die Datei entspricht hier nicht dem Schema oder den Datenregeln von upstream.</translation>
    </message>
    <message>
        <source>The schema and data checks against upstream&apos;s migration.</source>
        <translation>Die Schema- und Datenprüfungen gegen die Migration von upstream.</translation>
    </message>
    <message>
        <source>A file from another version of django-insights may differ.</source>
        <translation>Eine Datei aus einer anderen Version von django-insights kann abweichen.</translation>
    </message>
    <message>
        <source>Ask where the file comes from; share only conformant snapshots.</source>
        <translation>Fragen Sie, woher die Datei stammt; teilen Sie nur konforme Snapshots.</translation>
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
            <numerusform>%n Befund dieser Frage (Eingabe klappt ihn zu)</numerusform>
            <numerusform>%n Befunde dieser Frage (Eingabe klappt sie zu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) of this question (Enter shows them)</source>
        <translation>
            <numerusform>%n Befund dieser Frage (Eingabe zeigt ihn)</numerusform>
            <numerusform>%n Befunde dieser Frage (Eingabe zeigt sie)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>iv::FindingsModel</name>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>A masked sample: the full value never leaves the scan</source>
        <translation>Eine maskierte Probe: der vollständige Wert verlässt die Suche nie</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Probe</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>acknowledged by the policy</source>
        <translation>von der Richtlinie anerkannt</translation>
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
        <translation>Alle Befunde</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Filter findings (any column)</source>
        <translation>Befunde filtern (beliebige Spalte)</translation>
    </message>
    <message>
        <source>Filter findings</source>
        <translation>Befunde filtern</translation>
    </message>
    <message>
        <source>Severity or kind of finding</source>
        <translation>Schweregrad oder Art des Befunds</translation>
    </message>
    <message>
        <source>Severities and kinds of finding</source>
        <translation>Schweregrade und Arten von Befunden</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>&amp;Copy Finding</source>
        <translation>Befund &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Open Question</source>
        <translation>Frage ö&amp;ffnen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>All apps</source>
        <translation>Alle Apps</translation>
    </message>
    <message>
        <source>All questions</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Select a finding to see what its kind means and what to do.</source>
        <translation>Wählen Sie einen Befund aus, um zu sehen, was seine Art bedeutet und was zu tun ist.</translation>
    </message>
    <message>
        <source>Accept Findings</source>
        <translation>Befunde akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>Why are these %n finding(s) accepted?</source>
        <translation>
            <numerusform>Warum wird dieser %n Befund akzeptiert?</numerusform>
            <numerusform>Warum werden diese %n Befunde akzeptiert?</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark Confirmed</source>
        <translation>Als bestätigt markieren</translation>
    </message>
    <message>
        <source>Mark False Positive</source>
        <translation>Als falsch positiv markieren</translation>
    </message>
    <message>
        <source>Accept With Reason…</source>
        <translation>Mit Begründung akzeptieren…</translation>
    </message>
    <message>
        <source>Mark Open Again</source>
        <translation>Wieder als offen markieren</translation>
    </message>
    <message>
        <source>App of the findings</source>
        <translation>App der Befunde</translation>
    </message>
    <message>
        <source>Question of the findings</source>
        <translation>Frage der Befunde</translation>
    </message>
    <message>
        <source>Apps of the findings</source>
        <translation>Apps der Befunde</translation>
    </message>
    <message>
        <source>Questions of the findings</source>
        <translation>Fragen der Befunde</translation>
    </message>
    <message>
        <source>About this kind of finding</source>
        <translation>Über diese Art von Befund</translation>
    </message>
    <message>
        <source>Mark for &amp;Redaction</source>
        <translation>Zum &amp;Schwärzen markieren</translation>
    </message>
    <message>
        <source>&amp;Group by question</source>
        <translation>Nach Frage &amp;gruppieren</translation>
    </message>
    <message>
        <source>One row per question with the count of its findings; Enter shows or hides them</source>
        <translation>Eine Zeile pro Frage mit der Anzahl ihrer Befunde; Eingabe zeigt oder verbirgt sie</translation>
    </message>
</context>
<context>
    <name>iv::GaugeDial</name>
    <message>
        <source>Range %1 to %2</source>
        <translation>Bereich %1 bis %2</translation>
    </message>
    <message>
        <source>no range stored</source>
        <translation>kein Bereich gespeichert</translation>
    </message>
    <message>
        <source>below the range: drawn at %1</source>
        <translation>unterhalb des Bereichs: bei %1 gezeichnet</translation>
    </message>
    <message>
        <source>above the range: drawn at %1</source>
        <translation>oberhalb des Bereichs: bei %1 gezeichnet</translation>
    </message>
    <message>
        <source>no range stored: the bar shows the sign around 0</source>
        <translation>kein Bereich gespeichert: der Balken zeigt das Vorzeichen um 0</translation>
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
        <translation>Datei oder Ordner existiert nicht</translation>
    </message>
    <message>
        <source>holds no apps</source>
        <translation>enthält keine Apps</translation>
    </message>
    <message>
        <source>no collection time: no counter, gauge or bucket has a created_at</source>
        <translation>keine Sammelzeit: kein Zähler, Messwert oder Bucket hat ein created_at</translation>
    </message>
    <message>
        <source>no collection time: created_at &quot;%1&quot; is not a date and time</source>
        <translation>keine Sammelzeit: created_at &quot;%1&quot; ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>another site (apps %1)</source>
        <translation>eine andere Site (Apps %1)</translation>
    </message>
    <message>
        <source>the same file as %1</source>
        <translation>dieselbe Datei wie %1</translation>
    </message>
    <message>
        <source>an unfinished write: a rollback journal (%1) lies beside it, and other SQLite readers see other contents</source>
        <translation>ein unvollendeter Schreibvorgang: daneben liegt ein Rollback-Journal (%1), und andere SQLite-Leser sehen einen anderen Inhalt</translation>
    </message>
    <message>
        <source>a -wal file lies beside it with changes that are not read here</source>
        <translation>daneben liegt eine -wal-Datei mit Änderungen, die hier nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>iv::HistoryPage</name>
    <message numerus="yes">
        <source>Reading %n snapshot file(s)…</source>
        <translation>
            <numerusform>%n Snapshot-Datei wird gelesen…</numerusform>
            <numerusform>%n Snapshot-Dateien werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>No history open</source>
        <translation>Kein Verlauf geöffnet</translation>
    </message>
    <message>
        <source>No snapshot of a site could be read</source>
        <translation>Kein Snapshot einer Site konnte gelesen werden</translation>
    </message>
    <message numerus="yes">
        <source>History of %1: %n snapshot(s), collected %2 to %3</source>
        <translation>
            <numerusform>Verlauf von %1: %n Snapshot, gesammelt von %2 bis %3</numerusform>
            <numerusform>Verlauf von %1: %n Snapshots, gesammelt von %2 bis %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) left out:</source>
        <translation>
            <numerusform>%n Datei ausgelassen:</numerusform>
            <numerusform>%n Dateien ausgelassen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weitere</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Not in %1: the bucket is new.</source>
        <translation>Nicht in %1: der Bucket ist neu.</translation>
    </message>
    <message>
        <source>Not in %1: the bucket was removed.</source>
        <translation>Nicht in %1: der Bucket wurde entfernt.</translation>
    </message>
    <message>
        <source>Points: %1 → %2</source>
        <translation>Punkte: %1 → %2</translation>
    </message>
    <message>
        <source>Categories added: %1</source>
        <translation>Hinzugefügte Kategorien: %1</translation>
    </message>
    <message>
        <source>Categories removed: %1</source>
        <translation>Entfernte Kategorien: %1</translation>
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
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>All trends</source>
        <translation>Alle Trends</translation>
    </message>
    <message>
        <source>Bucket:</source>
        <translation>Bucket:</translation>
    </message>
    <message>
        <source>Compare:</source>
        <translation>Vergleichen:</translation>
    </message>
    <message>
        <source>with:</source>
        <translation>mit:</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>Bucket</translation>
    </message>
    <message>
        <source>Older snapshot</source>
        <translation>Älterer Snapshot</translation>
    </message>
    <message>
        <source>Newer snapshot</source>
        <translation>Neuerer Snapshot</translation>
    </message>
    <message>
        <source>Trend chart</source>
        <translation>Trenddiagramm</translation>
    </message>
    <message>
        <source>Bucket of two snapshots</source>
        <translation>Bucket zweier Snapshots</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Files left out</source>
        <translation>Ausgelassene Dateien</translation>
    </message>
    <message>
        <source>Showing the %1 largest of %2 categories; the other %3 are summed in one pair of bars.</source>
        <translation>Die %1 größten von %2 Kategorien werden gezeigt; die übrigen %3 sind in einem Balkenpaar summiert.</translation>
    </message>
</context>
<context>
    <name>iv::HistoryTimelineView</name>
    <message>
        <source>Reviewing two snapshots…</source>
        <translation>Zwei Snapshots werden geprüft…</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>%1 hinzugefügt</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>verändert</translation>
    </message>
    <message>
        <source>No changes beyond the threshold</source>
        <translation>Keine Änderungen über dem Schwellenwert</translation>
    </message>
    <message>
        <source>New review findings</source>
        <translation>Neue Prüfbefunde</translation>
    </message>
    <message>
        <source>in %1 since %2: %3</source>
        <translation>in %1 seit %2: %3</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>neuer Befund</translation>
    </message>
    <message>
        <source>Changes since:</source>
        <translation>Änderungen seit:</translation>
    </message>
    <message>
        <source>Moved by more than:</source>
        <translation>Änderung um mehr als:</translation>
    </message>
    <message>
        <source>Changes since</source>
        <translation>Änderungen seit</translation>
    </message>
    <message>
        <source>Change threshold</source>
        <translation>Schwellenwert für Änderungen</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Find New Review Findings</source>
        <translation>Neue Prüfbefunde suchen</translation>
    </message>
    <message>
        <source>Find new review findings</source>
        <translation>Neue Prüfbefunde suchen</translation>
    </message>
    <message>
        <source>Reviews the snapshot chosen above and the latest (personal data, conformance) and lists what the latest has that the other had not.</source>
        <translation>Prüft den oben gewählten Snapshot und den neuesten (personenbezogene Daten, Konformität) und listet auf, was der neueste hat, der andere aber nicht.</translation>
    </message>
</context>
<context>
    <name>iv::HistoryTrend</name>
    <message>
        <source>collected</source>
        <translation>gesammelt</translation>
    </message>
</context>
<context>
    <name>iv::KindName</name>
    <message>
        <source>counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>gauge</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>time series</source>
        <translation>Zeitreihe</translation>
    </message>
    <message>
        <source>histogram</source>
        <translation>Histogramm</translation>
    </message>
    <message>
        <source>scatter plot</source>
        <translation>Streudiagramm</translation>
    </message>
    <message>
        <source>bar chart</source>
        <translation>Balkendiagramm</translation>
    </message>
    <message>
        <source>horizontal bar chart</source>
        <translation>horizontales Balkendiagramm</translation>
    </message>
    <message>
        <source>unknown kind</source>
        <translation>unbekannte Art</translation>
    </message>
</context>
<context>
    <name>iv::MainWindow</name>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Filter box and tree of the snapshot&apos;s apps and questions</source>
        <translation>Filterfeld und Baum der Apps und Fragen des Snapshots</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Stored values</source>
        <translation>Gespeicherte Werte</translation>
    </message>
    <message>
        <source>The raw values of this question: id, timestamp, x, y and category</source>
        <translation>Die Rohwerte dieser Frage: ID, Zeitstempel, x, y und Kategorie</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>File path</source>
        <translation>Dateipfad</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>read-only</source>
        <translation>schreibgeschützt</translation>
    </message>
    <message>
        <source>collected: unknown</source>
        <translation>gesammelt: unbekannt</translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>gesammelt %1</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Could not create the sample: %1</source>
        <translation>Das Beispiel konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Could not reload: %1</source>
        <translation>Neu laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The file changed on disk and was reloaded.</source>
        <translation>Die Datei wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <source>Reloaded.</source>
        <translation>Neu geladen.</translation>
    </message>
    <message>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>django-insights snapshots (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>django-insights-Snapshots (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open an insights.db snapshot, read-only</source>
        <translation>Einen insights.db-Snapshot schreibgeschützt öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Clear Recent</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Open &amp;Sample</source>
        <translation>Beis&amp;piel öffnen</translation>
    </message>
    <message>
        <source>R&amp;eload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Read the open file again</source>
        <translation>Die geöffnete Datei erneut lesen</translation>
    </message>
    <message>
        <source>C&amp;ollect…</source>
        <translation>&amp;Sammeln…</translation>
    </message>
    <message>
        <source>Run a collect project and open the snapshot it writes</source>
        <translation>Ein Sammelprojekt ausführen und den geschriebenen Snapshot öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>&amp;Previous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>&amp;Full Screen</source>
        <translation>Voll&amp;bild</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Review This Snapshot</source>
        <translation>Diesen Snapshot &amp;prüfen</translation>
    </message>
    <message>
        <source>Identity, integrity, conformance and personal data of the open file</source>
        <translation>Identität, Integrität, Konformität und personenbezogene Daten der geöffneten Datei</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>Compare the open file with another snapshot</source>
        <translation>Die geöffnete Datei mit einem anderen Snapshot vergleichen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>Ü&amp;ber %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>Open snapshot</source>
        <translation>Snapshot öffnen</translation>
    </message>
    <message>
        <source>Choose a collect project</source>
        <translation>Sammelprojekt wählen</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Vergleichen mit</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>A desktop viewer for django-insights snapshots. Files are opened read-only: nothing in or beside them changes.

MIT licence. Built with Qt %1.</source>
        <translation>Ein Desktop-Viewer für django-insights-Snapshots. Dateien werden schreibgeschützt geöffnet: nichts in oder neben ihnen ändert sich.

MIT-Lizenz. Erstellt mit Qt %1.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot run the collect project</source>
        <translation>Das Sammelprojekt kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>Save Re&amp;dacted Copy…</source>
        <translation>Geschwärzte Kopie &amp;speichern…</translation>
    </message>
    <message>
        <source>Write a copy in upstream&apos;s schema with every flagged value replaced, and a log of the changes beside it</source>
        <translation>Eine Kopie im Upstream-Schema schreiben, in der jeder markierte Wert ersetzt ist, und daneben ein Protokoll der Änderungen</translation>
    </message>
    <message>
        <source>Save Redacted Copy</source>
        <translation>Geschwärzte Kopie speichern</translation>
    </message>
    <message>
        <source>Writing a redacted copy to %1…</source>
        <translation>Geschwärzte Kopie wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <source>Cannot save the redacted copy</source>
        <translation>Die geschwärzte Kopie kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Go back to the page shown before</source>
        <translation>Zur zuvor angezeigten Seite zurückkehren</translation>
    </message>
    <message>
        <source>For&amp;ward</source>
        <translation>Vor&amp;wärts</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Wieder vorwärts gehen</translation>
    </message>
    <message>
        <source>&amp;Policy…</source>
        <translation>&amp;Richtlinie…</translation>
    </message>
    <message>
        <source>Choose the review policy (accepted findings, allowed tables) for this review</source>
        <translation>Die Prüfrichtlinie (akzeptierte Befunde, erlaubte Tabellen) für diese Prüfung wählen</translation>
    </message>
    <message>
        <source>Save as P&amp;olicy…</source>
        <translation>Als Richt&amp;linie speichern…</translation>
    </message>
    <message>
        <source>Write the accepted and false-positive findings into a review policy</source>
        <translation>Die akzeptierten und falsch positiven Befunde in eine Prüfrichtlinie schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Marked for redaction: %n cell(s)</source>
        <translation>
            <numerusform>Zum Schwärzen markiert: %n Zelle</numerusform>
            <numerusform>Zum Schwärzen markiert: %n Zellen</numerusform>
        </translation>
    </message>
    <message>
        <source>No question or app &quot;%1&quot; in this file.</source>
        <translation>Keine Frage oder App &quot;%1&quot; in dieser Datei.</translation>
    </message>
    <message>
        <source>Open &amp;History…</source>
        <translation>&amp;Verlauf öffnen…</translation>
    </message>
    <message>
        <source>Open many snapshots of one site as trends: several files, or one file and its whole folder</source>
        <translation>Viele Snapshots einer Site als Trends öffnen: mehrere Dateien oder eine Datei und ihren ganzen Ordner</translation>
    </message>
    <message>
        <source>Question &amp;Tree</source>
        <translation>&amp;Fragenbaum</translation>
    </message>
    <message>
        <source>Pre&amp;view Redacted Copy…</source>
        <translation>Vorschau der geschwärzten &amp;Kopie…</translation>
    </message>
    <message>
        <source>Show each cell the redacted copy replaces, before (masked) and after, with the cells marked by hand</source>
        <translation>Jede Zelle zeigen, die die geschwärzte Kopie ersetzt, vorher (maskiert) und nachher, mit den von Hand markierten Zellen</translation>
    </message>
    <message>
        <source>Collect projects and Django sites (*.json manage.py);;All files (*)</source>
        <translation>Sammelprojekte und Django-Sites (*.json manage.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>the copy reviews clean</source>
        <translation>die Kopie ist bei der Prüfung sauber</translation>
    </message>
    <message numerus="yes">
        <source>the copy still has %n finding(s) and is not clean</source>
        <translation>
            <numerusform>die Kopie hat noch %n Befund und ist nicht sauber</numerusform>
            <numerusform>die Kopie hat noch %n Befunde und ist nicht sauber</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) to check by eye</source>
        <translation>
            <numerusform>%n Wert selbst zu prüfen</numerusform>
            <numerusform>%n Werte selbst zu prüfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the redacted copy %1 (cells replaced: %2, marked by hand: %3); %4; log: %5</source>
        <translation>Geschwärzte Kopie %1 gespeichert (ersetzte Zellen: %2, von Hand markiert: %3); %4; Protokoll: %5</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message numerus="yes">
        <source>History: %n snapshot(s)</source>
        <translation>
            <numerusform>Verlauf: %n Snapshot</numerusform>
            <numerusform>Verlauf: %n Snapshots</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n file(s) left out</source>
        <translation>
            <numerusform>, %n Datei ausgelassen</numerusform>
            <numerusform>, %n Dateien ausgelassen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open history: several snapshots, or one and its folder</source>
        <translation>Verlauf öffnen: mehrere Snapshots oder einer und sein Ordner</translation>
    </message>
    <message>
        <source>Snapshots (*.db *.sqlite *.sqlite3 *.db3);;All files (*)</source>
        <translation>Snapshots (*.db *.sqlite *.sqlite3 *.db3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Draft from Django Site…</source>
        <translation>&amp;Entwurf aus Django-Site…</translation>
    </message>
    <message>
        <source>Write a collect project from a Django site&apos;s own metrics</source>
        <translation>Ein Sammelprojekt aus den eigenen Metriken einer Django-Site schreiben</translation>
    </message>
    <message>
        <source>Choose the Django site&apos;s manage.py</source>
        <translation>manage.py der Django-Site wählen</translation>
    </message>
    <message>
        <source>Django sites (manage.py);;All files (*)</source>
        <translation>Django-Sites (manage.py);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save the Drafted Project</source>
        <translation>Entworfenes Projekt speichern</translation>
    </message>
    <message>
        <source>Collect projects (*.json)</source>
        <translation>Sammelprojekte (*.json)</translation>
    </message>
</context>
<context>
    <name>iv::PersonalDataScanner</name>
    <message>
        <source>e-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>payment card number</source>
        <translation>Zahlungskartennummer</translation>
    </message>
    <message>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <source>person&apos;s name</source>
        <translation>Personenname</translation>
    </message>
    <message>
        <source>national id number</source>
        <translation>nationale Identifikationsnummer</translation>
    </message>
    <message>
        <source>credential</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>x axis label</source>
        <translation>Beschriftung der x-Achse</translation>
    </message>
    <message>
        <source>y axis label</source>
        <translation>Beschriftung der y-Achse</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>category of a person bucket (&apos;%1&apos; in its %2)</source>
        <translation>Kategorie eines Personen-Buckets (%2 enthält &apos;%1&apos;)</translation>
    </message>
    <message>
        <source>category of a bucket of names</source>
        <translation>Kategorie eines Buckets mit Namen</translation>
    </message>
    <message>
        <source>in a text about people (&apos;%1&apos; in its %2)</source>
        <translation>in einem Text über Personen (%2 enthält &apos;%1&apos;)</translation>
    </message>
</context>
<context>
    <name>iv::PngEncoder</name>
    <message>
        <source>cannot encode the image</source>
        <translation>das Bild kann nicht kodiert werden</translation>
    </message>
</context>
<context>
    <name>iv::PreferencesDialog</name>
    <message>
        <source>Primary Chart Colour (Dark Theme)</source>
        <translation>Primäre Diagrammfarbe (dunkles Design)</translation>
    </message>
    <message>
        <source>Primary Chart Colour (Light Theme)</source>
        <translation>Primäre Diagrammfarbe (helles Design)</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Application &amp;name:</source>
        <translation>Anwendungs&amp;name:</translation>
    </message>
    <message>
        <source>Application name</source>
        <translation>Anwendungsname</translation>
    </message>
    <message>
        <source>Shown in the window title and above the dashboard</source>
        <translation>Wird im Fenstertitel und über dem Dashboard angezeigt</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Chart colour, &amp;light theme:</source>
        <translation>Diagrammfarbe, &amp;helles Design:</translation>
    </message>
    <message>
        <source>Primary chart colour for the light theme</source>
        <translation>Primäre Diagrammfarbe für das helle Design</translation>
    </message>
    <message>
        <source>Opens a colour chooser</source>
        <translation>Öffnet eine Farbauswahl</translation>
    </message>
    <message>
        <source>Chart colour, &amp;dark theme:</source>
        <translation>Diagrammfarbe, &amp;dunkles Design:</translation>
    </message>
    <message>
        <source>Primary chart colour for the dark theme</source>
        <translation>Primäre Diagrammfarbe für das dunkle Design</translation>
    </message>
    <message>
        <source>E&amp;xport resolution:</source>
        <translation>E&amp;xportauflösung:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Export resolution in dots per inch</source>
        <translation>Exportauflösung in Punkten pro Zoll</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Changes apply at once and are kept for the next start.</source>
        <translation>Änderungen gelten sofort und bleiben für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <source>Restore the default preferences</source>
        <translation>Die Standardeinstellungen wiederherstellen</translation>
    </message>
    <message>
        <source>Close the preferences</source>
        <translation>Die Einstellungen schließen</translation>
    </message>
    <message>
        <source>Ga&amp;uge ranges (set one from a gauge card&apos;s context menu):</source>
        <translation>Messwert&amp;bereiche (einen über das Kontextmenü einer Messwertkarte festlegen):</translation>
    </message>
    <message>
        <source>App module</source>
        <translation>App-Modul</translation>
    </message>
    <message>
        <source>Question label</source>
        <translation>Fragen-Label</translation>
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
        <translation>Messwertbereiche</translation>
    </message>
    <message>
        <source>Remo&amp;ve Range</source>
        <translation>Bereich &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove the selected gauge ranges</source>
        <translation>Die ausgewählten Messwertbereiche entfernen</translation>
    </message>
    <message>
        <source>Review: s&amp;mall counts below:</source>
        <translation>Prüfung: kleine Anzahlen &amp;unter:</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Counts from 1 up to this number minus one can single a person out: the review reports them (small-count). 0 turns the check off.</source>
        <translation>Anzahlen von 1 bis zu dieser Zahl minus eins können eine Person erkennbar machen: die Prüfung meldet sie (small-count). 0 schaltet die Prüfung aus.</translation>
    </message>
    <message>
        <source>Review small counts below this number</source>
        <translation>Kleine Anzahlen unter dieser Zahl prüfen</translation>
    </message>
</context>
<context>
    <name>iv::QuestionPage</name>
    <message>
        <source>Could not load the values: %1</source>
        <translation>Die Werte konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>collected %1</source>
        <translation>gesammelt %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Raw values</source>
        <translation>Rohwerte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Mark Category for &amp;Redaction</source>
        <translation>Kategorie zum &amp;Schwärzen markieren</translation>
    </message>
    <message>
        <source>Replace this value in the redacted copy, although no detector flagged it</source>
        <translation>Diesen Wert in der geschwärzten Kopie ersetzen, obwohl kein Detektor ihn gemeldet hat</translation>
    </message>
</context>
<context>
    <name>iv::QuestionTreeView</name>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Filter questions (Ctrl+F)</source>
        <translation>Fragen filtern (Strg+F)</translation>
    </message>
    <message>
        <source>Filter questions</source>
        <translation>Fragen filtern</translation>
    </message>
    <message>
        <source>Shows only questions whose text, label, description or app matches</source>
        <translation>Zeigt nur Fragen, deren Text, Label, Beschreibung oder App passt</translation>
    </message>
    <message>
        <source>Apps and questions</source>
        <translation>Apps und Fragen</translation>
    </message>
    <message>
        <source>The snapshot, its apps and their questions; Enter or a click opens one</source>
        <translation>Der Snapshot, seine Apps und ihre Fragen; Eingabe oder ein Klick öffnet eine davon</translation>
    </message>
</context>
<context>
    <name>iv::RedactionPreviewDialog</name>
    <message>
        <source>Preview of the Redacted Copy</source>
        <translation>Vorschau der geschwärzten Kopie</translation>
    </message>
    <message>
        <source>The copy cannot be made: %1</source>
        <translation>Die Kopie kann nicht erstellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) will be replaced</source>
        <translation>
            <numerusform>%n Zelle wird ersetzt</numerusform>
            <numerusform>%n Zellen werden ersetzt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n distinct value(s)</source>
        <translation>
            <numerusform>(%n verschiedener Wert</numerusform>
            <numerusform>(%n verschiedene Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marked by hand)</source>
        <translation>
            <numerusform>%n von Hand markiert)</numerusform>
            <numerusform>%n von Hand markiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), column(s) or other object(s) not in upstream&apos;s schema will be left out.</source>
        <translation>
            <numerusform>%n Tabelle, Spalte oder anderes Objekt, das nicht zum Upstream-Schema gehört, wird ausgelassen.</numerusform>
            <numerusform>%n Tabellen, Spalten oder andere Objekte, die nicht zum Upstream-Schema gehören, werden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The copy was reviewed again: clean.</source>
        <translation>Die Kopie wurde erneut geprüft: sauber.</translation>
    </message>
    <message numerus="yes">
        <source>The copy was reviewed again and still has %n finding(s): it is not clean.</source>
        <translation>
            <numerusform>Die Kopie wurde erneut geprüft und hat noch %n Befund: sie ist nicht sauber.</numerusform>
            <numerusform>Die Kopie wurde erneut geprüft und hat noch %n Befunde: sie ist nicht sauber.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) of it to check by eye.</source>
        <translation>
            <numerusform>Davon ist %n Wert selbst zu prüfen.</numerusform>
            <numerusform>Davon sind %n Werte selbst zu prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first %1 cells; the log lists all.</source>
        <translation>Die ersten %1 Zellen werden gezeigt; das Protokoll listet alle auf.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Before (masked)</source>
        <translation>Vorher (maskiert)</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Replaced cells</source>
        <translation>Ersetzte Zellen</translation>
    </message>
    <message>
        <source>%1.%2 row %3</source>
        <translation>%1.%2 Zeile %3</translation>
    </message>
    <message>
        <source>marked by hand</source>
        <translation>von Hand markiert</translation>
    </message>
    <message>
        <source>&amp;Save Copy…</source>
        <translation>Kopie &amp;speichern…</translation>
    </message>
</context>
<context>
    <name>iv::ReportWriter</name>
    <message>
        <source>Report on %1</source>
        <translation>Bericht über %1</translation>
    </message>
    <message>
        <source>cannot paint on the output device</source>
        <translation>auf das Ausgabegerät kann nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Snapshot report</source>
        <translation>Snapshot-Bericht</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Byte</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Gesammelt</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Anzahlen</translation>
    </message>
    <message>
        <source>Report made</source>
        <translation>Bericht erstellt</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Counters and gauges</source>
        <translation>Zähler und Messwerte</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Label</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>(unreadable: %1)</source>
        <translation>(unlesbar: %1)</translation>
    </message>
    <message>
        <source>(no value)</source>
        <translation>(kein Wert)</translation>
    </message>
    <message>
        <source>(not a number: %1)</source>
        <translation>(keine Zahl: %1)</translation>
    </message>
    <message>
        <source>%1 counter</source>
        <translation>%1 Zähler</translation>
    </message>
    <message>
        <source>%1 counters</source>
        <translation>%1 Zähler</translation>
    </message>
    <message>
        <source>%1 gauge</source>
        <translation>%1 Messwert</translation>
    </message>
    <message>
        <source>%1 gauges</source>
        <translation>%1 Messwerte</translation>
    </message>
    <message>
        <source>%1 timeseries</source>
        <translation>%1 Zeitreihen</translation>
    </message>
    <message>
        <source>%1 scatterplot</source>
        <translation>%1 Streudiagramm</translation>
    </message>
    <message>
        <source>%1 scatterplots</source>
        <translation>%1 Streudiagramme</translation>
    </message>
    <message>
        <source>%1 barchart</source>
        <translation>%1 Balkendiagramm</translation>
    </message>
    <message>
        <source>%1 barcharts</source>
        <translation>%1 Balkendiagramme</translation>
    </message>
    <message>
        <source>%1 horizontal barchart</source>
        <translation>%1 horizontales Balkendiagramm</translation>
    </message>
    <message>
        <source>%1 horizontal barcharts</source>
        <translation>%1 horizontale Balkendiagramme</translation>
    </message>
    <message>
        <source>%1 histogram</source>
        <translation>%1 Histogramm</translation>
    </message>
    <message>
        <source>%1 histograms</source>
        <translation>%1 Histogramme</translation>
    </message>
    <message>
        <source>%1 of an unsupported kind</source>
        <translation>%1 einer nicht unterstützten Art</translation>
    </message>
    <message>
        <source>%1 (bucket &quot;%2&quot;)</source>
        <translation>%1 (Bucket &quot;%2&quot;)</translation>
    </message>
</context>
<context>
    <name>iv::ReviewPage</name>
    <message>
        <source>Conformant with upstream&apos;s schema, integrity ok, no findings.</source>
        <translation>Konform zum Upstream-Schema, Integrität in Ordnung, keine Befunde.</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>in Ordnung</translation>
    </message>
    <message>
        <source>No file reviewed yet.</source>
        <translation>Noch keine Datei geprüft.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the review</source>
        <translation>Die Prüfung abbrechen</translation>
    </message>
    <message>
        <source>computing…</source>
        <translation>wird berechnet…</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 Byte)</translation>
    </message>
    <message>
        <source>%1 pages of %2 bytes</source>
        <translation>%1 Seiten zu %2 Byte</translation>
    </message>
    <message>
        <source>free pages (freelist): %1</source>
        <translation>freie Seiten (Freelist): %1</translation>
    </message>
    <message>
        <source>%1, %2, written by SQLite %3.%4.%5</source>
        <translation>%1, %2, geschrieben von SQLite %3.%4.%5</translation>
    </message>
    <message>
        <source>user_version %1, application_id %2</source>
        <translation>user_version %1, application_id %2</translation>
    </message>
    <message>
        <source>not an SQLite header</source>
        <translation>kein SQLite-Header</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>conformant with upstream&apos;s schema</source>
        <translation>konform zum Upstream-Schema</translation>
    </message>
    <message>
        <source>NOT conformant with upstream&apos;s schema (see the findings)</source>
        <translation>NICHT konform zum Upstream-Schema (siehe die Befunde)</translation>
    </message>
    <message>
        <source>apps: %1, questions: %2, bucket values: %3</source>
        <translation>Apps: %1, Fragen: %2, Bucket-Werte: %3</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>executions recorded: %1</source>
        <translation>aufgezeichnete Ausführungen: %1</translation>
    </message>
    <message>
        <source>%1 text cells in %2 tables</source>
        <translation>%1 Textzellen in %2 Tabellen</translation>
    </message>
    <message>
        <source>%1 text cells in %2 tables (incomplete)</source>
        <translation>%1 Textzellen in %2 Tabellen (unvollständig)</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Findings: %1 (errors: %2, warnings: %3)</source>
        <translation>Befunde: %1 (Fehler: %2, Warnungen: %3)</translation>
    </message>
    <message>
        <source>(showing %1 of %2)</source>
        <translation>(%1 von %2 angezeigt)</translation>
    </message>
    <message>
        <source>%1 more of the same kind (%2), not listed one by one</source>
        <translation>%1 weitere derselben Art (%2), nicht einzeln aufgeführt</translation>
    </message>
    <message>
        <source>%1 more of the same kind (%2) in %3, not listed one by one</source>
        <translation>%1 weitere derselben Art (%2) in %3, nicht einzeln aufgeführt</translation>
    </message>
    <message>
        <source>Findings in all: %1</source>
        <translation>Befunde insgesamt: %1</translation>
    </message>
    <message>
        <source>Findings: %1</source>
        <translation>Befunde: %1</translation>
    </message>
    <message>
        <source>Cancelled: the review is incomplete.</source>
        <translation>Abgebrochen: die Prüfung ist unvollständig.</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Damaged: the integrity check failed</source>
        <translation>Beschädigt: die Integritätsprüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Not conformant with upstream&apos;s schema</source>
        <translation>Nicht konform zum Upstream-Schema</translation>
    </message>
    <message>
        <source>Conformant, with findings</source>
        <translation>Konform, mit Befunden</translation>
    </message>
    <message>
        <source>Clean</source>
        <translation>Sauber</translation>
    </message>
    <message>
        <source>Integrity, conformance and personal data of %1</source>
        <translation>Integrität, Konformität und personenbezogene Daten von %1</translation>
    </message>
    <message>
        <source>%1: no finished review to export</source>
        <translation>%1: keine abgeschlossene Prüfung zum Exportieren</translation>
    </message>
    <message>
        <source>Export Review</source>
        <translation>Prüfung exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export Review…</source>
        <translation>Prüfung exportieren…</translation>
    </message>
    <message>
        <source>Export the review as a PDF record, JSON or text</source>
        <translation>Die Prüfung als PDF-Protokoll, JSON oder Text exportieren</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Entscheidung:</translation>
    </message>
    <message>
        <source>No decision</source>
        <translation>Keine Entscheidung</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Genehmigt</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Entscheidung des Prüfers</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Why, by whom, on what condition…</source>
        <translation>Warum, von wem, unter welcher Bedingung…</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Notiz des Prüfers</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-Datei</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Conformance</source>
        <translation>Konformität</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Durchsucht</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Scanned %1 text cells in %2 tables</source>
        <translation>%1 Textzellen in %2 Tabellen durchsucht</translation>
    </message>
    <message numerus="yes">
        <source>, and %n free page(s)</source>
        <translation>
            <numerusform> und %n freie Seite</numerusform>
            <numerusform> und %n freie Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>with the detectors for e-mail addresses, phone numbers, IBANs, payment cards, IPv4 and IPv6 addresses, people&apos;s names (lexicons and context), national ids and credentials. Detectors recognise known forms only: check buckets about people by eye.</source>
        <translation>mit den Detektoren für E-Mail-Adressen, Telefonnummern, IBANs, Zahlungskarten, IPv4- und IPv6-Adressen, Personennamen (Lexika und Kontext), nationale Kennnummern und Zugangsdaten. Detektoren erkennen nur bekannte Formen: prüfen Sie Buckets über Personen selbst.</translation>
    </message>
    <message>
        <source>PDF record, with JSON beside it (*.pdf);;JSON (*.json);;Text (*.txt);;SARIF 2.1.0 of the shown findings (*.sarif);;CSV of the shown findings (*.csv)</source>
        <translation>PDF-Protokoll, mit JSON daneben (*.pdf);;JSON (*.json);;Text (*.txt);;SARIF 2.1.0 der angezeigten Befunde (*.sarif);;CSV der angezeigten Befunde (*.csv)</translation>
    </message>
    <message>
        <source>Save as Policy…</source>
        <translation>Als Richtlinie speichern…</translation>
    </message>
    <message>
        <source>Save the accepted and false-positive findings as a review policy for the next snapshots</source>
        <translation>Die akzeptierten und falsch positiven Befunde als Prüfrichtlinie für die nächsten Snapshots speichern</translation>
    </message>
    <message>
        <source>Reviewer:</source>
        <translation>Prüfer:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Reviewer&apos;s name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>%1: the policy would replace the reviewed file</source>
        <translation>%1: die Richtlinie würde die geprüfte Datei ersetzen</translation>
    </message>
    <message>
        <source>Review Policy</source>
        <translation>Prüfrichtlinie</translation>
    </message>
    <message>
        <source>Review policy (*.json)</source>
        <translation>Prüfrichtlinie (*.json)</translation>
    </message>
    <message>
        <source>Cannot use the policy</source>
        <translation>Die Richtlinie kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>Save as Policy</source>
        <translation>Als Richtlinie speichern</translation>
    </message>
    <message>
        <source>Cannot save the policy</source>
        <translation>Die Richtlinie kann nicht gespeichert werden</translation>
    </message>
    <message numerus="yes">
        <source>in %n question(s) or table(s)</source>
        <translation>
            <numerusform>in %n Frage oder Tabelle</numerusform>
            <numerusform>in %n Fragen oder Tabellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked for redaction by hand: %n cell(s) (Review › Preview Redacted Copy… shows the copy)</source>
        <translation>
            <numerusform>Von Hand zum Schwärzen markiert: %n Zelle (Prüfen › Vorschau der geschwärzten Kopie… zeigt die Kopie)</numerusform>
            <numerusform>Von Hand zum Schwärzen markiert: %n Zellen (Prüfen › Vorschau der geschwärzten Kopie… zeigt die Kopie)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>To check by eye: %n value(s) of buckets about people that no detector recognised: %1</source>
        <translation>
            <numerusform>Selbst zu prüfen: %n Wert von Buckets über Personen, den kein Detektor erkannt hat: %1</numerusform>
            <numerusform>Selbst zu prüfen: %n Werte von Buckets über Personen, die kein Detektor erkannt hat: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>(all of them in the exported report)</source>
        <translation>(alle im exportierten Bericht)</translation>
    </message>
</context>
<context>
    <name>iv::ReviewPolicy</name>
    <message>
        <source>%1: &quot;%2&quot; must be a non-empty string</source>
        <translation>%1: &quot;%2&quot; muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>%1: larger than 16 MiB, not a policy file</source>
        <translation>%1: größer als 16 MiB, keine Richtliniendatei</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at offset %2)</source>
        <translation>kein gültiges JSON (%1 an Position %2)</translation>
    </message>
    <message>
        <source>a policy is a JSON object</source>
        <translation>eine Richtlinie ist ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>unbekannter Schlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be 1</source>
        <translation>&quot;version&quot; muss 1 sein</translation>
    </message>
    <message>
        <source>&quot;min-count&quot; must be a whole number from 0 to 1000000</source>
        <translation>&quot;min-count&quot; muss eine ganze Zahl von 0 bis 1000000 sein</translation>
    </message>
    <message>
        <source>&quot;allowed-tables&quot; must be a list of table names</source>
        <translation>&quot;allowed-tables&quot; muss eine Liste von Tabellennamen sein</translation>
    </message>
    <message>
        <source>&quot;allowed-tables&quot;: %1 is upstream&apos;s table name, it cannot be an extra table</source>
        <translation>&quot;allowed-tables&quot;: %1 ist ein Tabellenname von Upstream, er kann keine zusätzliche Tabelle sein</translation>
    </message>
    <message>
        <source>&quot;acknowledged&quot; must be a list of findings</source>
        <translation>&quot;acknowledged&quot; muss eine Liste von Befunden sein</translation>
    </message>
    <message>
        <source>%1 must be an object</source>
        <translation>%1 muss ein Objekt sein</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: unbekannter Schlüssel &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: &quot;code&quot; is missing</source>
        <translation>%1: &quot;code&quot; fehlt</translation>
    </message>
    <message>
        <source>%1: &quot;row&quot; must be a whole number (a rowid)</source>
        <translation>%1: &quot;row&quot; muss eine ganze Zahl sein (eine rowid)</translation>
    </message>
    <message>
        <source>%1: &quot;column&quot; and &quot;row&quot; need &quot;table&quot;</source>
        <translation>%1: &quot;column&quot; und &quot;row&quot; erfordern &quot;table&quot;</translation>
    </message>
    <message>
        <source>%1: name a place (&quot;app&quot;, &quot;question&quot;, &quot;table&quot;) or a &quot;sample&quot;</source>
        <translation>%1: nennen Sie einen Ort (&quot;app&quot;, &quot;question&quot;, &quot;table&quot;) oder ein &quot;sample&quot;</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) matched no finding in this file</source>
        <translation>acknowledged[%1] (%2) passte zu keinem Befund in dieser Datei</translation>
    </message>
    <message>
        <source>%1: %2 is personal data or a secret: acknowledge it by &quot;row&quot; (with &quot;table&quot;) or by &quot;sample&quot;, so new values at the same place are not accepted too</source>
        <translation>%1: %2 ist ein personenbezogenes Datum oder ein Geheimnis: erkennen Sie es über &quot;row&quot; (mit &quot;table&quot;) oder über &quot;sample&quot; an, damit neue Werte an derselben Stelle nicht ebenfalls akzeptiert werden</translation>
    </message>
    <message>
        <source>%1: &quot;fingerprint&quot; must be &quot;v1:&quot;, 32 hex digits, &quot;:&quot; and 64 hex digits, as Save as Policy writes it</source>
        <translation>%1: &quot;fingerprint&quot; muss &quot;v1:&quot;, 32 Hexziffern, &quot;:&quot; und 64 Hexziffern sein, wie „Als Richtlinie speichern“ ihn schreibt</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) accepts nothing: a policy cannot acknowledge %2 (content the review could not read, or a review that cannot be trusted); it always counts</source>
        <translation>acknowledged[%1] (%2) akzeptiert nichts: eine Richtlinie kann %2 nicht bestätigen (Inhalt, den die Prüfung nicht lesen konnte, oder eine Prüfung, der nicht zu trauen ist); es zählt immer</translation>
    </message>
    <message>
        <source>acknowledged[%1] (%2) is pinned by masked sample or row only and accepts nothing: neither tells one value from another; acknowledge the finding again (Save as Policy…) to pin its value</source>
        <translation>acknowledged[%1] (%2) ist nur durch maskiertes Muster oder Zeile festgelegt und akzeptiert nichts: keines von beiden unterscheidet einen Wert vom anderen; bestätigen Sie den Befund erneut (Als Richtlinie speichern…), um seinen Wert festzulegen</translation>
    </message>
</context>
<context>
    <name>iv::ReviewRecord</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>no decision recorded</source>
        <translation>keine Entscheidung aufgezeichnet</translation>
    </message>
    <message>
        <source>clean</source>
        <translation>sauber</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>Review record</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Conformant</source>
        <translation>Konform</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer&apos;s decision</source>
        <translation>Entscheidung des Prüfers</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Findings (%1, acknowledged: %2)</source>
        <translation>Befunde (%1, anerkannt: %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Sample (masked)</source>
        <translation>Probe (maskiert)</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Review record of %1</source>
        <translation>Prüfprotokoll von %1</translation>
    </message>
    <message>
        <source>%1: the record would replace the reviewed file</source>
        <translation>%1: das Protokoll würde die geprüfte Datei ersetzen</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>%1 at %2 (UTC)</source>
        <translation>%1 um %2 (UTC)</translation>
    </message>
    <message>
        <source>Triage</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>open %1, confirmed %2, false positive %3, accepted %4</source>
        <translation>offen %1, bestätigt %2, falsch positiv %3, akzeptiert %4</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>acknowledged by the policy</source>
        <translation>von der Richtlinie anerkannt</translation>
    </message>
    <message>
        <source>To check by eye (%1)</source>
        <translation>Selbst zu prüfen (%1)</translation>
    </message>
    <message>
        <source>Values of buckets about people that no detector recognised.</source>
        <translation>Werte von Buckets über Personen, die kein Detektor erkannt hat.</translation>
    </message>
</context>
<context>
    <name>iv::ReviewReport</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <source>Modified (UTC)</source>
        <translation>Geändert (UTC)</translation>
    </message>
    <message>
        <source>(not computed)</source>
        <translation>(nicht berechnet)</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <source>Journal mode</source>
        <translation>Journalmodus</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>Header</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>not an SQLite header</source>
        <translation>kein SQLite-Header</translation>
    </message>
    <message>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Conformance with upstream&apos;s schema</source>
        <translation>Übereinstimmung mit dem Upstream-Schema</translation>
    </message>
    <message>
        <source>conformant</source>
        <translation>konform</translation>
    </message>
    <message>
        <source>NOT conformant (see findings)</source>
        <translation>NICHT konform (siehe Befunde)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Apps</source>
        <translation>Apps</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Bucket points</source>
        <translation>Bucket-Punkte</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Executions</source>
        <translation>Ausführungen</translation>
    </message>
    <message>
        <source>(no insights_executiondelta table)</source>
        <translation>(keine Tabelle insights_executiondelta)</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine aufgezeichnet</translation>
    </message>
    <message>
        <source>Personal-data scan</source>
        <translation>Suche nach personenbezogenen Daten</translation>
    </message>
    <message numerus="yes">
        <source>%n text cells</source>
        <translation>
            <numerusform>%n Textzelle</numerusform>
            <numerusform>%n Textzellen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tables</source>
        <translation>
            <numerusform>%n Tabelle</numerusform>
            <numerusform>%n Tabellen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 in %2 (incomplete, see notes)</source>
        <translation>%1 in %2 (unvollständig, siehe Hinweise)</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>(acknowledged)</source>
        <translation>(anerkannt)</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>Findings (%1, acknowledged: %2)</source>
        <translation>Befunde (%1, anerkannt: %2)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>detectors: %1</source>
        <translation>Detektoren: %1</translation>
    </message>
    <message>
        <source>To check by eye (%1): values of buckets about people that no detector recognised</source>
        <translation>Selbst zu prüfen (%1): Werte von Buckets über Personen, die kein Detektor erkannt hat</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotDiff</name>
    <message>
        <source>(not a number: %1)</source>
        <translation>(keine Zahl: %1)</translation>
    </message>
    <message>
        <source>point %1</source>
        <translation>Punkt %1</translation>
    </message>
    <message>
        <source>values not compared: %1</source>
        <translation>Werte nicht verglichen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Old: %1
New: %2
</source>
        <translation>Alt: %1
Neu: %2
</translation>
    </message>
    <message>
        <source>app %1</source>
        <translation>App %1</translation>
    </message>
    <message>
        <source>(%1 changed, %2 added, %3 removed)</source>
        <translation>(%1 geändert, %2 hinzugefügt, %3 entfernt)</translation>
    </message>
    <message>
        <source>[changed: %1]</source>
        <translation>[geändert: %1]</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n questions, same values, same schema, same executions.</source>
        <translation>
            <numerusform>Identischer Inhalt: %n Frage, gleiche Werte, gleiches Schema, gleiche Ausführungen.</numerusform>
            <numerusform>Identischer Inhalt: %n Fragen, gleiche Werte, gleiches Schema, gleiche Ausführungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Collected at: %1 → %2 (%n questions collected at another time)</source>
        <translation>
            <numerusform>Gesammelt am: %1 → %2 (%n Frage zu einem anderen Zeitpunkt gesammelt)</numerusform>
            <numerusform>Gesammelt am: %1 → %2 (%n Fragen zu einem anderen Zeitpunkt gesammelt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Executions: %1 → %2 (%3 added, %4 removed), last %5 → %6</source>
        <translation>Ausführungen: %1 → %2 (%3 hinzugefügt, %4 entfernt), letzte %5 → %6</translation>
    </message>
    <message>
        <source>schema %1 %2</source>
        <translation>Schema %1 %2</translation>
    </message>
    <message>
        <source>old:</source>
        <translation>alt:</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>neu:</translation>
    </message>
    <message>
        <source>collected at %1 → %2</source>
        <translation>gesammelt am %1 → %2</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>rows of SQLite table %1 differ (%2 → %3 rows)</source>
        <translation>Zeilen der SQLite-Tabelle %1 unterscheiden sich (%2 → %3 Zeilen)</translation>
    </message>
    <message>
        <source>Collection and execution times left out (--include-times compares them).</source>
        <translation>Sammel- und Ausführungszeiten ausgelassen (--include-times vergleicht sie).</translation>
    </message>
    <message numerus="yes">
        <source>Identical content: %n questions, same values, same schema.</source>
        <translation>
            <numerusform>Identischer Inhalt: %n Frage, gleiche Werte, gleiches Schema.</numerusform>
            <numerusform>Identischer Inhalt: %n Fragen, gleiche Werte, gleiches Schema.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tolerance: %1 (relative); values within it count as the same.</source>
        <translation>Toleranz: %1 (relativ); Werte innerhalb davon gelten als gleich.</translation>
    </message>
    <message>
        <source>(%1 within tolerance)</source>
        <translation>(%1 innerhalb der Toleranz)</translation>
    </message>
    <message>
        <source>Questions: %1 exact, %2 within tolerance, %3 changed, %4 added, %5 removed</source>
        <translation>Fragen: %1 exakt, %2 innerhalb der Toleranz, %3 geändert, %4 hinzugefügt, %5 entfernt</translation>
    </message>
    <message>
        <source>rows of table %1 differ (%2 → %3 rows)</source>
        <translation>Zeilen der Tabelle %1 unterscheiden sich (%2 → %3 Zeilen)</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotFile</name>
    <message>
        <source>not an SQLite database, or an encrypted one (%1)</source>
        <translation>keine SQLite-Datenbank oder eine verschlüsselte (%1)</translation>
    </message>
    <message>
        <source>the SQLite file is corrupt (%1)</source>
        <translation>die SQLite-Datei ist beschädigt (%1)</translation>
    </message>
    <message>
        <source>could not be read, possibly truncated (%1)</source>
        <translation>konnte nicht gelesen werden, möglicherweise abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>holds a value larger than the %1 MiB limit (%2)</source>
        <translation>enthält einen Wert über der Grenze von %1 MiB (%2)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>empty file (0 bytes), not an SQLite database</source>
        <translation>leere Datei (0 Byte), keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>not an SQLite database (the file does not start with &quot;SQLite format 3&quot;)</source>
        <translation>keine SQLite-Datenbank (die Datei beginnt nicht mit &quot;SQLite format 3&quot;)</translation>
    </message>
    <message>
        <source>truncated SQLite file (%1 bytes, shorter than the 100-byte header)</source>
        <translation>abgeschnittene SQLite-Datei (%1 Byte, kürzer als der 100-Byte-Header)</translation>
    </message>
    <message>
        <source>the SQLite file is corrupt (invalid page size %1)</source>
        <translation>die SQLite-Datei ist beschädigt (ungültige Seitengröße %1)</translation>
    </message>
    <message>
        <source>truncated SQLite file (%1 bytes, its header says %2)</source>
        <translation>abgeschnittene SQLite-Datei (%1 Byte, der Header sagt %2)</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>no django-insights tables (insights_app, insights_counter, …): not an insights snapshot</source>
        <translation>keine django-insights-Tabellen (insights_app, insights_counter, …): kein Insights-Snapshot</translation>
    </message>
    <message>
        <source>the insights_app table is missing, so no question can be attributed</source>
        <translation>die Tabelle insights_app fehlt, daher kann keine Frage einer App zugeordnet werden</translation>
    </message>
    <message>
        <source>table %1 lacks the column %2</source>
        <translation>der Tabelle %1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>%1 is a virtual table, not a table; it was not read</source>
        <translation>%1 ist eine virtuelle Tabelle, keine Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a view, not a table; it was not read</source>
        <translation>%1 ist eine View, keine Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a %2, not a table; it was not read</source>
        <translation>%1 ist ein(e) %2, keine Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is missing; read as empty</source>
        <translation>%1 fehlt; als leer gelesen</translation>
    </message>
    <message>
        <source>questions refer to app %1, which insights_app does not hold</source>
        <translation>Fragen verweisen auf die App %1, die insights_app nicht enthält</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not a number (%3)</source>
        <translation>%1 %2 hat einen Wert, der keine Zahl ist (%3)</translation>
    </message>
    <message>
        <source>was replaced by another file while it was being opened</source>
        <translation>wurde während des Öffnens durch eine andere Datei ersetzt</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not a 64-bit integer (%3)</source>
        <translation>%1 %2 hat einen Wert, der keine 64-Bit-Ganzzahl ist (%3)</translation>
    </message>
    <message>
        <source>%1 %2 has a value that is not finite (%3)</source>
        <translation>%1 %2 hat einen Wert, der nicht endlich ist (%3)</translation>
    </message>
    <message>
        <source>a rollback journal (%1) lies beside the file: an unfinished write; other SQLite readers roll it back and see other contents than shown here</source>
        <translation>neben der Datei liegt ein Rollback-Journal (%1): ein unvollendeter Schreibvorgang; andere SQLite-Leser rollen ihn zurück und sehen einen anderen Inhalt als hier angezeigt</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotReviewer</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>the file is in WAL mode and a -wal file lies beside it: changes in that file are not part of what was reviewed</source>
        <translation>die Datei ist im WAL-Modus und daneben liegt eine -wal-Datei: Änderungen darin gehören nicht zum Geprüften</translation>
    </message>
    <message>
        <source>the file is in WAL mode (upstream&apos;s files use a rollback journal); a -wal file shared with it would hold changes not reviewed here</source>
        <translation>die Datei ist im WAL-Modus (Upstream-Dateien verwenden ein Rollback-Journal); eine mitgelieferte -wal-Datei enthielte hier nicht geprüfte Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n more findings like the above were not listed</source>
        <translation>
            <numerusform>%n weiterer Befund wie oben wurde nicht aufgeführt</numerusform>
            <numerusform>%n weitere Befunde wie oben wurden nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled: the review is incomplete</source>
        <translation>abgebrochen: die Prüfung ist unvollständig</translation>
    </message>
    <message>
        <source>the time limit of %1 s was reached: the review is incomplete</source>
        <translation>das Zeitlimit von %1 s wurde erreicht: die Prüfung ist unvollständig</translation>
    </message>
    <message>
        <source>the review did not finish (time limit or cancelled)</source>
        <translation>die Prüfung wurde nicht beendet (Zeitlimit oder abgebrochen)</translation>
    </message>
    <message>
        <source>table %1 is not part of upstream&apos;s schema; its text was scanned for personal data</source>
        <translation>Tabelle %1 gehört nicht zum Upstream-Schema; ihr Text wurde nach personenbezogenen Daten durchsucht</translation>
    </message>
    <message>
        <source>%1 is a virtual table standing where an insights table should be; it was not read</source>
        <translation>%1 ist eine virtuelle Tabelle an der Stelle einer insights-Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a virtual table; it was not read</source>
        <translation>%1 ist eine virtuelle Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a view standing where an insights table should be; it was not read</source>
        <translation>%1 ist eine View an der Stelle einer insights-Tabelle; nicht gelesen</translation>
    </message>
    <message>
        <source>%1 is a view; it was not read</source>
        <translation>%1 ist eine View; nicht gelesen</translation>
    </message>
    <message>
        <source>trigger %1 on %2 (upstream defines none; it never ran here)</source>
        <translation>Trigger %1 auf %2 (Upstream definiert keine; hier wurde er nie ausgeführt)</translation>
    </message>
    <message>
        <source>reading the schema</source>
        <translation>Lesen des Schemas</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>%1 lacks the column %2</source>
        <translation>%1 fehlt die Spalte %2</translation>
    </message>
    <message>
        <source>%1.%2 is declared %3, upstream declares %4</source>
        <translation>%1.%2 ist als %3 deklariert, Upstream deklariert %4</translation>
    </message>
    <message>
        <source>%1 has a column %2 that upstream&apos;s schema does not</source>
        <translation>%1 hat eine Spalte %2, die das Upstream-Schema nicht hat</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>%1.%2 is NULL where upstream stores a number</source>
        <translation>%1.%2 ist NULL, wo Upstream eine Zahl speichert</translation>
    </message>
    <message>
        <source>%1.%2 holds %3 &quot;%4&quot; where upstream stores %5</source>
        <translation>%1.%2 enthält %3 &quot;%4&quot;, wo Upstream %5 speichert</translation>
    </message>
    <message>
        <source>checking %1.%2</source>
        <translation>Prüfen von %1.%2</translation>
    </message>
    <message numerus="yes">
        <source>%n values of %1 refer to %2 %3, which %4 does not hold</source>
        <translation>
            <numerusform>%n Wert von %1 verweist auf %2 %3, das %4 nicht enthält</numerusform>
            <numerusform>%n Werte von %1 verweisen auf %2 %3, das %4 nicht enthält</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions of %1 refer to %2 %3, which %4 does not hold</source>
        <translation>
            <numerusform>%n Frage von %1 verweist auf %2 %3, das %4 nicht enthält</numerusform>
            <numerusform>%n Fragen von %1 verweisen auf %2 %3, das %4 nicht enthält</numerusform>
        </translation>
    </message>
    <message>
        <source>bucket %1 has type %2; upstream knows 1 to 5</source>
        <translation>Bucket %1 hat den Typ %2; Upstream kennt 1 bis 5</translation>
    </message>
    <message>
        <source>checking bucket types</source>
        <translation>Prüfen der Bucket-Typen</translation>
    </message>
    <message>
        <source>%1.%2 is not a date and time: &quot;%3&quot;</source>
        <translation>%1.%2 ist kein Datum mit Uhrzeit: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>table %1 was not scanned for personal data (time limit)</source>
        <translation>Tabelle %1 wurde nicht nach personenbezogenen Daten durchsucht (Zeitlimit)</translation>
    </message>
    <message>
        <source>scanning %1</source>
        <translation>Durchsuchen von %1</translation>
    </message>
    <message>
        <source>%1 in %2.%3</source>
        <translation>%1 in %2.%3</translation>
    </message>
    <message>
        <source>the file changed while it was reviewed (%1): the hash and the findings may describe different contents</source>
        <translation>die Datei hat sich während der Prüfung geändert (%1): Hash und Befunde können verschiedene Inhalte beschreiben</translation>
    </message>
    <message>
        <source>%1.%2 is %3, not a finite number; JSON exports write it as null</source>
        <translation>%1.%2 ist %3, keine endliche Zahl; JSON-Exporte schreiben es als null</translation>
    </message>
    <message>
        <source>%1 were not fully scanned for personal data (time limit)</source>
        <translation>In %1 wurde nicht vollständig nach personenbezogenen Daten gesucht (Zeitlimit)</translation>
    </message>
    <message>
        <source>%1 could not be read</source>
        <translation>Lesefehler in %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 bytes follow the last page: SQLite ignores them, but they travel with the file</source>
        <translation>nach der letzten Seite folgen %1 Byte: SQLite ignoriert sie, aber sie reisen mit der Datei mit</translation>
    </message>
    <message>
        <source>the bytes after the last page</source>
        <translation>den Bytes nach der letzten Seite</translation>
    </message>
    <message>
        <source>%1 free pages may still hold deleted rows; run VACUUM on a copy before sharing the file</source>
        <translation>%1 freie Seiten können noch gelöschte Zeilen enthalten; führen Sie VACUUM auf einer Kopie aus, bevor Sie die Datei weitergeben</translation>
    </message>
    <message>
        <source>the free pages (deleted data)</source>
        <translation>den freien Seiten (gelöschte Daten)</translation>
    </message>
    <message>
        <source>%1 of %2 free pages were scanned for personal data</source>
        <translation>%1 von %2 freien Seiten wurden nach personenbezogenen Daten durchsucht</translation>
    </message>
    <message>
        <source>a count of %1 is below the minimum count %2: it may single out people</source>
        <translation>eine Anzahl von %1 liegt unter der Mindestanzahl %2: sie kann einzelne Personen erkennbar machen</translation>
    </message>
    <message>
        <source>a rollback journal (%1) lies beside the file: a write was not finished; every other SQLite reader rolls it back first and sees other contents than were reviewed here</source>
        <translation>neben der Datei liegt ein Rollback-Journal (%1): ein Schreibvorgang wurde nicht abgeschlossen; jeder andere SQLite-Leser rollt ihn zuerst zurück und sieht einen anderen Inhalt als den hier geprüften</translation>
    </message>
    <message>
        <source>the personal-data scan is incomplete: some data was not scanned, so the file cannot be called clean (see the notes)</source>
        <translation>die Suche nach personenbezogenen Daten ist unvollständig: einige Daten wurden nicht durchsucht, daher kann die Datei nicht als sauber gelten (siehe die Hinweise)</translation>
    </message>
    <message>
        <source>not every finding is listed one by one: the limit of %1 listed findings was reached</source>
        <translation>nicht jeder Befund wird einzeln aufgeführt: das Limit von %1 aufgeführten Befunden wurde erreicht</translation>
    </message>
    <message>
        <source>its contents differ from those hashed</source>
        <translation>ihr Inhalt weicht vom gehashten ab</translation>
    </message>
    <message>
        <source>table %1 takes a name reserved for SQLite&apos;s own tables, which SQLite never gives it; tools that skip SQLite&apos;s tables do not show it (its text was scanned for personal data)</source>
        <translation>Tabelle %1 trägt einen Namen, der für SQLites eigene Tabellen reserviert ist und den SQLite nie vergibt; Werkzeuge, die SQLites Tabellen überspringen, zeigen sie nicht an (ihr Text wurde nach personenbezogenen Daten durchsucht)</translation>
    </message>
    <message>
        <source>%1 in %2.%3, %4</source>
        <translation>%1 in %2.%3, %4</translation>
    </message>
    <message numerus="yes">
        <source>the personal-data scan stopped in table %1 after %n text cells (its share of the limit of %2 cells); the rest of the table was not scanned</source>
        <translation>
            <numerusform>die Suche nach personenbezogenen Daten hielt in Tabelle %1 nach %n Textzelle an (ihr Anteil am Limit von %2 Zellen); der Rest der Tabelle wurde nicht durchsucht</numerusform>
            <numerusform>die Suche nach personenbezogenen Daten hielt in Tabelle %1 nach %n Textzellen an (ihr Anteil am Limit von %2 Zellen); der Rest der Tabelle wurde nicht durchsucht</numerusform>
        </translation>
    </message>
    <message>
        <source>the free space inside used pages (deleted data)</source>
        <translation>dem freien Platz in benutzten Seiten (gelöschte Daten)</translation>
    </message>
    <message>
        <source>%1.%2 is a generated column (SQLite computes its values from an expression); upstream&apos;s schema has none</source>
        <translation>%1.%2 ist eine generierte Spalte (SQLite berechnet ihre Werte aus einem Ausdruck); das Schema von upstream hat keine</translation>
    </message>
    <message>
        <source>%1 records hold bytes after their last field: SQLite and every reader ignore them, but they travel with the file</source>
        <translation>%1 Datensätze enthalten Bytes nach ihrem letzten Feld: SQLite und jedes Leseprogramm ignorieren sie, aber sie reisen mit der Datei</translation>
    </message>
    <message>
        <source>the bytes after records&apos; last fields</source>
        <translation>den Bytes nach dem letzten Feld von Datensätzen</translation>
    </message>
    <message>
        <source>%1 records hold more fields than the %2 its schema names: SQLite and every reader ignore the others, but they travel with the file</source>
        <translation>%1 Datensätze enthalten mehr Felder als die %2, die das Schema nennt: SQLite und jedes Leseprogramm ignorieren die übrigen, aber sie reisen mit der Datei</translation>
    </message>
    <message>
        <source>the hidden fields of %1</source>
        <translation>den verborgenen Feldern von %1</translation>
    </message>
    <message>
        <source>%1 of the 20 bytes the file header reserves (72–91, zero in every file SQLite writes) are set: SQLite ignores them, but they travel with the file</source>
        <translation>%1 der 20 Bytes, die der Dateikopf reserviert (72–91, null in jeder Datei, die SQLite schreibt), sind gesetzt: SQLite ignoriert sie, aber sie reisen mit der Datei</translation>
    </message>
    <message>
        <source>the file header&apos;s reserved bytes</source>
        <translation>den reservierten Bytes des Dateikopfs</translation>
    </message>
    <message>
        <source>%1.%2 holds a BLOB of %3 bytes where upstream stores text: its bytes are scanned as text, but a compressed or encoded value cannot be read</source>
        <translation>%1.%2 enthält einen BLOB von %3 Bytes, wo upstream Text speichert: seine Bytes werden als Text durchsucht, aber ein komprimierter oder kodierter Wert kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1.%2 holds text that is not valid UTF-8 (upstream writes only UTF-8): other programs show it, or fail on it, each their own way; it was scanned without its invalid bytes</source>
        <translation>%1.%2 enthält Text, der kein gültiges UTF-8 ist (upstream schreibt nur UTF-8): andere Programme zeigen ihn oder scheitern daran, jedes auf seine Weise; er wurde ohne seine ungültigen Bytes durchsucht</translation>
    </message>
    <message>
        <source>index %1 on %2 stores values computed by an expression (upstream&apos;s indexes hold plain columns); what it holds was not read</source>
        <translation>Index %1 auf %2 speichert von einem Ausdruck berechnete Werte (die Indizes von upstream enthalten einfache Spalten); sein Inhalt wurde nicht gelesen</translation>
    </message>
    <message>
        <source>%1 in %2.%3, stored as a number</source>
        <translation>%1 in %2.%3, als Zahl gespeichert</translation>
    </message>
    <message>
        <source>the file header&apos;s number fields</source>
        <translation>den Zahlenfeldern des Dateikopfs</translation>
    </message>
</context>
<context>
    <name>iv::SnapshotSummary</name>
    <message>
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
</context>
<context>
    <name>iv::TrendCard</name>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>no value</source>
        <translation>kein Wert</translation>
    </message>
    <message>
        <source>%1 (snapshot %2)</source>
        <translation>%1 (Snapshot %2)</translation>
    </message>
    <message>
        <source>since previous: new</source>
        <translation>seit dem vorigen: neu</translation>
    </message>
    <message>
        <source>since previous: %1</source>
        <translation>seit dem vorigen: %1</translation>
    </message>
    <message>
        <source>since first: %1</source>
        <translation>seit dem ersten: %1</translation>
    </message>
    <message>
        <source>Latest value</source>
        <translation>Neuester Wert</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
</context>
<context>
    <name>iv::Triage</name>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>false positive</source>
        <translation>falsch positiv</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>akzeptiert</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>iv::ValueCard</name>
    <message>
        <source>Gauge</source>
        <translation>Messwert</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Zähler</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Set Gauge Range…</source>
        <translation>Messwertbereich festlegen…</translation>
    </message>
    <message>
        <source>Clear Gauge Range</source>
        <translation>Messwertbereich entfernen</translation>
    </message>
    <message>
        <source>Gauge Range</source>
        <translation>Messwertbereich</translation>
    </message>
    <message>
        <source>The scale of &quot;%1&quot; in this viewer (the file stores none).</source>
        <translation>Die Skala von &quot;%1&quot; in diesem Viewer (die Datei speichert keine).</translation>
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
        <translation>Öffnen Sie einen django-insights-Snapshot (insights.db), um seine Apps und Fragen anzusehen. Die Datei wird nur gelesen, nie geändert.</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a snapshot</source>
        <translation>Einen Snapshot öffnen</translation>
    </message>
    <message>
        <source>Open sample</source>
        <translation>Beispiel öffnen</translation>
    </message>
    <message>
        <source>Open the bundled sample snapshot</source>
        <translation>Den mitgelieferten Beispiel-Snapshot öffnen</translation>
    </message>
</context>
<context>
    <name>iv::cli</name>
    <message>
        <source>expected exactly one FILE (see --help)</source>
        <translation>genau eine DATEI erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no bucket labelled &quot;%2&quot;</source>
        <translation>%1: kein Bucket mit dem Label &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: exists and is not a directory</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: cannot create the directory</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: the directory is not writable</source>
        <translation>%1: der Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>--format: expected png, svg or pdf, not &quot;%1&quot;</source>
        <translation>--format: png, svg oder pdf erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--dpi: expected a number from 10 to 1200</source>
        <translation>--dpi: eine Zahl von 10 bis 1200 erwartet</translation>
    </message>
    <message>
        <source>--theme: expected light or dark, not &quot;%1&quot;</source>
        <translation>--theme: light oder dark erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>--format: expected csv or ndjson, not &quot;%1&quot;</source>
        <translation>--format: csv oder ndjson erwartet, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Write one chart file per bucket of FILE into DIR and exit.</source>
        <translation>Eine Diagrammdatei pro Bucket von DATEI in ORDNER schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write the raw values of each bucket of FILE into DIR and exit.</source>
        <translation>Die Rohwerte jedes Buckets von DATEI in ORDNER schreiben und beenden.</translation>
    </message>
    <message>
        <source>Write a PDF report of FILE to OUT and exit.</source>
        <translation>Einen PDF-Bericht von DATEI nach AUS schreiben und beenden.</translation>
    </message>
    <message>
        <source>Export format: png (default), svg or pdf for charts; csv (default) or ndjson for data.</source>
        <translation>Exportformat: png (Standard), svg oder pdf für Diagramme; csv (Standard) oder ndjson für Daten.</translation>
    </message>
    <message>
        <source>PNG resolution (default 180).</source>
        <translation>PNG-Auflösung (Standard 180).</translation>
    </message>
    <message>
        <source>Chart theme: light (default) or dark.</source>
        <translation>Diagrammdesign: light (Standard) oder dark.</translation>
    </message>
    <message>
        <source>Export only the bucket LABEL (repeatable).</source>
        <translation>Nur den Bucket LABEL exportieren (wiederholbar).</translation>
    </message>
    <message>
        <source>--export-charts, --export-data and --export-report exclude each other</source>
        <translation>--export-charts, --export-data und --export-report schließen einander aus</translation>
    </message>
    <message>
        <source>(not a number: %1)</source>
        <translation>(keine Zahl: %1)</translation>
    </message>
    <message numerus="yes">
        <source>%n point</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n points</source>
        <translation>
            <numerusform>%n Punkt</numerusform>
            <numerusform>%n Punkte</numerusform>
        </translation>
    </message>
    <message>
        <source>[unsupported kind: bucket type %1]</source>
        <translation>[nicht unterstützte Art: Bucket-Typ %1]</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--size: expected small, medium, large or WIDTHxHEIGHT in pixels (%1 to %2 each), not &quot;%3&quot;</source>
        <translation>--size: small, medium, large oder BREITExHÖHE in Pixeln (je %1 bis %2) erwartet, nicht &quot;%3&quot;</translation>
    </message>
    <message>
        <source>Chart size: small 8x4 in (default), medium 16x8, large 32x16, or WIDTHxHEIGHT in pixels (laid out as a window of that size shows the chart).</source>
        <translation>Diagrammgröße: small 8x4 in (Standard), medium 16x8, large 32x16 oder BREITExHÖHE in Pixeln (so angeordnet, wie ein Fenster dieser Größe das Diagramm zeigt).</translation>
    </message>
    <message>
        <source>History of %1: %2 snapshots, collected %3 to %4
</source>
        <translation>Verlauf von %1: %2 Snapshots, gesammelt von %3 bis %4
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
        <translation>ART</translation>
    </message>
    <message>
        <source>LATEST</source>
        <translation>NEUESTER</translation>
    </message>
    <message>
        <source>SINCE PREVIOUS</source>
        <translation>SEIT VORIGEM</translation>
    </message>
    <message>
        <source>SINCE FIRST</source>
        <translation>SEIT ERSTEM</translation>
    </message>
    <message>
        <source> (in snapshot %1)</source>
        <translation> (in Snapshot %1)</translation>
    </message>
    <message>
        <source>Skipped:
</source>
        <translation>Übersprungen:
</translation>
    </message>
    <message>
        <source>Open the snapshots DIR|FILE… as one history: print the latest values and their changes (--json: as JSON; --export-charts OUT: one trend chart per counter and gauge) and exit.</source>
        <translation>Die Snapshots ORDNER|DATEI… als einen Verlauf öffnen: die neuesten Werte und ihre Änderungen ausgeben (--json: als JSON; --export-charts AUS: ein Trenddiagramm pro Zähler und Messwert) und beenden.</translation>
    </message>
    <message>
        <source>--history expects DIR or FILE…</source>
        <translation>--history erwartet ORDNER oder DATEI…</translation>
    </message>
    <message>
        <source>--history and --%1 exclude each other</source>
        <translation>--history und --%1 schließen einander aus</translation>
    </message>
    <message>
        <source>--json and --export-charts exclude each other</source>
        <translation>--json und --export-charts schließen einander aus</translation>
    </message>
    <message>
        <source>%1: no snapshots found</source>
        <translation>%1: keine Snapshots gefunden</translation>
    </message>
    <message>
        <source>no snapshot could be read: %1</source>
        <translation>kein Snapshot konnte gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: the second export process stopped</source>
        <translation>%1: der zweite Exportprozess wurde beendet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Insights Viewer: look at django-insights snapshots (insights.db), read-only.</source>
        <translation>Insights Viewer: django-insights-Snapshots (insights.db) ansehen, schreibgeschützt.</translation>
    </message>
    <message>
        <source>Print an outline of FILE and exit.</source>
        <translation>Eine Übersicht von DATEI ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Print FILE as JSON on stdout and exit.</source>
        <translation>DATEI als JSON auf stdout ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Open the window on the bundled sample snapshot.</source>
        <translation>Das Fenster mit dem mitgelieferten Beispiel-Snapshot öffnen.</translation>
    </message>
    <message>
        <source>In the window, select the question (or app) LABEL.</source>
        <translation>Im Fenster die Frage (oder App) LABEL auswählen.</translation>
    </message>
    <message>
        <source>Run the collect project PROJECT.json and write its snapshot.</source>
        <translation>Das Sammelprojekt PROJECT.json ausführen und seinen Snapshot schreiben.</translation>
    </message>
    <message>
        <source>With --collect: point source NAME at another SQLite path or postgresql:// URL (repeatable).</source>
        <translation>Mit --collect: Quelle NAME auf einen anderen SQLite-Pfad oder eine postgresql://-URL richten (wiederholbar).</translation>
    </message>
    <message>
        <source>With --collect: write the snapshot to FILE instead.</source>
        <translation>Mit --collect: den Snapshot stattdessen nach DATEI schreiben.</translation>
    </message>
    <message>
        <source>Compare two snapshots: --diff OLD NEW. Exit 0 identical, 1 differences, 2 error.</source>
        <translation>Zwei Snapshots vergleichen: --diff ALT NEU. Exit-Code 0 gleich, 1 Unterschiede, 2 Fehler.</translation>
    </message>
    <message>
        <source>With --review or --diff: print JSON.</source>
        <translation>Mit --review oder --diff: JSON ausgeben.</translation>
    </message>
    <message>
        <source>Use language LANG (en, nl, de) instead of the preference or the system&apos;s.</source>
        <translation>Sprache LANG (en, nl, de) statt der Einstellung oder der des Systems verwenden.</translation>
    </message>
    <message>
        <source>An insights.db snapshot to open.</source>
        <translation>Ein zu öffnender insights.db-Snapshot.</translation>
    </message>
    <message>
        <source>use one of --list, --dump-json, --review, --diff (--json goes with --review or --diff)</source>
        <translation>verwenden Sie eines von --list, --dump-json, --review, --diff (--json gehört zu --review oder --diff)</translation>
    </message>
    <message>
        <source>--diff expects two files: OLD NEW</source>
        <translation>--diff erwartet zwei Dateien: ALT NEU</translation>
    </message>
    <message>
        <source>--collect takes no FILE (see --help)</source>
        <translation>--collect nimmt keine DATEI (siehe --help)</translation>
    </message>
    <message>
        <source>--list and --dump-json exclude each other</source>
        <translation>--list und --dump-json schließen einander aus</translation>
    </message>
    <message>
        <source>expected exactly one FILE (see --help)</source>
        <translation>genau eine DATEI erwartet (siehe --help)</translation>
    </message>
    <message>
        <source>Review FILE… (identity, integrity, conformance, personal data) and exit with the worst: 0 clean, 1 findings, 2 unreadable.</source>
        <translation>DATEI… prüfen (Identität, Integrität, Konformität, personenbezogene Daten) und mit dem schlechtesten Ergebnis beenden: 0 sauber, 1 Befunde, 2 unlesbar.</translation>
    </message>
    <message>
        <source>With --review: write a PDF record of the review to OUT.pdf and its JSON beside it (OUT.json).</source>
        <translation>Mit --review: ein PDF-Protokoll der Prüfung nach OUT.pdf schreiben und das JSON dazu daneben (OUT.json).</translation>
    </message>
    <message>
        <source>With --review: apply the policy FILE (acknowledged findings, allowed tables, min-count).</source>
        <translation>Mit --review: die Richtlinie DATEI anwenden (anerkannte Befunde, erlaubte Tabellen, min-count).</translation>
    </message>
    <message>
        <source>With --review: report counts from 1 to K-1 as small counts (0: off, the default).</source>
        <translation>Mit --review: Anzahlen von 1 bis K-1 als kleine Anzahlen melden (0: aus, der Standard).</translation>
    </message>
    <message>
        <source>Write a redacted copy of FILE to OUT.db (flagged values replaced, log in OUT.db.redaction.json) and exit.</source>
        <translation>Eine geschwärzte Kopie von DATEI nach OUT.db schreiben (markierte Werte ersetzt, Protokoll in OUT.db.redaction.json) und beenden.</translation>
    </message>
    <message>
        <source>--%1 goes with --review</source>
        <translation>--%1 gehört zu --review</translation>
    </message>
    <message>
        <source>--min-count expects a whole number K &gt;= 0</source>
        <translation>--min-count erwartet eine ganze Zahl K &gt;= 0</translation>
    </message>
    <message>
        <source>--preview goes with --collect PROJECT.json</source>
        <translation>--preview gehört zu --collect PROJECT.json</translation>
    </message>
    <message>
        <source>--redact and --%1 exclude each other</source>
        <translation>--redact und --%1 schließen einander aus</translation>
    </message>
    <message>
        <source>--redact expects OUT.db and exactly one FILE</source>
        <translation>--redact erwartet OUT.db und genau eine DATEI</translation>
    </message>
    <message>
        <source>--force goes with --redact</source>
        <translation>--force gehört zu --redact</translation>
    </message>
    <message>
        <source>%1: %2 cells replaced (%3 distinct values), %4 objects dropped; log: %5
</source>
        <translation>%1: %2 Zellen ersetzt (%3 verschiedene Werte), %4 Objekte entfernt; Protokoll: %5
</translation>
    </message>
    <message>
        <source>--review expects at least one FILE</source>
        <translation>--review erwartet mindestens eine DATEI</translation>
    </message>
    <message>
        <source>--record expects exactly one FILE</source>
        <translation>--record erwartet genau eine DATEI</translation>
    </message>
    <message>
        <source>With --review: write the findings as SARIF 2.1.0 to OUT.sarif (acknowledged findings as suppressions).</source>
        <translation>Mit --review: die Befunde als SARIF 2.1.0 nach OUT.sarif schreiben (anerkannte Befunde als Suppressions).</translation>
    </message>
    <message>
        <source>With --review: write the findings as CSV to OUT.csv.</source>
        <translation>Mit --review: die Befunde als CSV nach OUT.csv schreiben.</translation>
    </message>
    <message>
        <source>%1: the output would replace the reviewed file</source>
        <translation>%1: die Ausgabe würde die geprüfte Datei ersetzen</translation>
    </message>
    <message>
        <source>--sarif and --csv expect exactly one FILE</source>
        <translation>--sarif und --csv erwarten genau eine DATEI</translation>
    </message>
    <message>
        <source>With --collect: write DIR/insights-YYYYMMDDTHHMMSSZ.db (UTC now) instead, to build up a history.</source>
        <translation>Mit --collect: stattdessen ORDNER/insights-YYYYMMDDTHHMMSSZ.db (UTC jetzt) schreiben, um einen Verlauf aufzubauen.</translation>
    </message>
    <message>
        <source>With --output-dir: keep the newest N snapshots of the folder, remove older ones.</source>
        <translation>Mit --output-dir: die neuesten N Snapshots des Ordners behalten, ältere entfernen.</translation>
    </message>
    <message>
        <source>With --collect: set the SQL parameter NAME (:NAME in the queries) to VALUE (repeatable).</source>
        <translation>Mit --collect: den SQL-Parameter NAME (:NAME in den Abfragen) auf WERT setzen (wiederholbar).</translation>
    </message>
    <message>
        <source>With --collect: run every metric even after one failed, report all failures; write nothing unless all pass.</source>
        <translation>Mit --collect: jede Metrik ausführen, auch nachdem eine fehlgeschlagen ist, alle Fehler melden; nichts schreiben, außer alle sind erfolgreich.</translation>
    </message>
    <message>
        <source>With --collect: collect into a temporary file and say per metric whether it equals INSIGHTS.db&apos;s (exact, tolerance, different, missing); --json for JSON.</source>
        <translation>Mit --collect: in eine temporäre Datei sammeln und je Metrik angeben, ob sie der von INSIGHTS.db gleicht (exact, tolerance, different, missing); --json für JSON.</translation>
    </message>
    <message>
        <source>With --collect: run only the sql metric LABEL (or all of them) and print its rows and what would be stored; write nothing.</source>
        <translation>Mit --collect: nur die SQL-Metrik LABEL (oder alle) ausführen und ihre Zeilen sowie das, was gespeichert würde, ausgeben; nichts schreiben.</translation>
    </message>
    <message>
        <source>With --diff: numbers within this relative tolerance (0.01 = 1 %) count as the same.</source>
        <translation>Mit --diff: Zahlen innerhalb dieser relativen Toleranz (0.01 = 1 %) gelten als gleich.</translation>
    </message>
    <message>
        <source>With --diff: also compare when questions were collected and the executions.</source>
        <translation>Mit --diff: auch vergleichen, wann Fragen gesammelt wurden, sowie die Ausführungen.</translation>
    </message>
    <message>
        <source>--%1 goes with --diff</source>
        <translation>--%1 gehört zu --diff</translation>
    </message>
    <message>
        <source>--tolerance expects a number REL &gt;= 0 (0.01 = 1 %)</source>
        <translation>--tolerance erwartet eine Zahl REL &gt;= 0 (0.01 = 1 %)</translation>
    </message>
    <message>
        <source>With --django: run the site&apos;s metrics once and write a collect project drafted from them (SQL where checked, placeholders else).</source>
        <translation>Mit --django: die Metriken der Website einmal ausführen und ein daraus entworfenes Collect-Projekt schreiben (SQL, wo geprüft, sonst Platzhalter).</translation>
    </message>
    <message>
        <source>With --draft-project: the site&apos;s manage.py.</source>
        <translation>Mit --draft-project: die manage.py der Website.</translation>
    </message>
    <message>
        <source>With --redact or --draft-project: replace OUT if it exists.</source>
        <translation>Mit --redact oder --draft-project: OUT ersetzen, falls vorhanden.</translation>
    </message>
    <message numerus="yes">
        <source>%1: the copy is not clean: %n finding(s) that no stand-in replaces; review it (--review) before sharing it
</source>
        <translation>
            <numerusform>%1: die Kopie ist nicht sauber: %n Befund, den kein Platzhalter ersetzt; prüfen Sie sie (--review), bevor Sie sie teilen
</numerusform>
            <numerusform>%1: die Kopie ist nicht sauber: %n Befunde, die kein Platzhalter ersetzt; prüfen Sie sie (--review), bevor Sie sie teilen
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the copy holds %n text(s) to check by eye; review it (--review) before sharing it
</source>
        <translation>
            <numerusform>%1: die Kopie enthält %n Text, der von Auge zu prüfen ist; prüfen Sie sie (--review), bevor Sie sie teilen
</numerusform>
            <numerusform>%1: die Kopie enthält %n Texte, die von Auge zu prüfen sind; prüfen Sie sie (--review), bevor Sie sie teilen
</numerusform>
        </translation>
    </message>
</context>
</TS>
