<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="40" />
        <source>rasterio is missing.</source>
        <translation>rasterio fehlt.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="42" />
        <source>The installed rasterio carries its own GDAL ({folder}); two GDALs in one process crash QGIS. Remove it (python -m pip uninstall rasterio).</source>
        <translation>Das installierte rasterio bringt ein eigenes GDAL mit ({folder}); zwei GDAL-Versionen in einem Prozess bringen QGIS zum Absturz. Entfernen Sie es (python -m pip uninstall rasterio).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="46" />
        <source>It is not installed from PyPI, whose rasterio brings a GDAL of its own. </source>
        <translation>Es wird nicht von PyPI installiert, denn das rasterio von dort bringt ein eigenes GDAL mit. </translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="58" />
        <source>Explainable LULC: install Python packages</source>
        <translation>Explainable LULC: Python-Pakete installieren</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="68" />
        <source>PyTorch build:</source>
        <translation>PyTorch-Variante:</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="72" />
        <source>Install</source>
        <translation>Installieren</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="84" />
        <source>The algorithms need these Python packages, which QGIS's Python lacks: &lt;b&gt;{names}&lt;/b&gt;.</source>
        <translation>Die Algorithmen benötigen diese Python-Pakete, die im Python von QGIS fehlen: &lt;b&gt;{names}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="87" />
        <source>Every Python package the algorithms need can be imported. Installing again puts the pinned versions into the plugin's own folder.</source>
        <translation>Alle Python-Pakete, die die Algorithmen benötigen, lassen sich importieren. Eine erneute Installation legt die festgelegten Versionen in den eigenen Ordner des Plugins.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="90" />
        <source>QGIS's Python interpreter was not found, so nothing can be installed here. See the README, section 'Installing the Python dependencies'.</source>
        <translation>Der Python-Interpreter von QGIS wurde nicht gefunden, daher kann hier nichts installiert werden. Siehe README, Abschnitt „Installing the Python dependencies“.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="96" />
        <source>&lt;b&gt;Install&lt;/b&gt; runs &lt;code&gt;{python} -m pip&lt;/code&gt; to put the pinned versions of {pins} into &lt;code&gt;{folder}&lt;/code&gt;: a folder of your QGIS profile that only this plugin uses; QGIS's own Python stays untouched. Progress and &lt;i&gt;Cancel&lt;/i&gt; are in QGIS's status bar, pip's messages in the Log Messages panel (tab {tag}).</source>
        <translation>&lt;b&gt;Installieren&lt;/b&gt; führt &lt;code&gt;{python} -m pip&lt;/code&gt; aus, um die festgelegten Versionen von {pins} in &lt;code&gt;{folder}&lt;/code&gt; abzulegen: einen Ordner Ihres QGIS-Profils, den nur dieses Plugin nutzt; das Python von QGIS selbst bleibt unverändert. Fortschritt und &lt;i&gt;Abbrechen&lt;/i&gt; finden Sie in der Statusleiste von QGIS, die Meldungen von pip im Bedienfeld „Protokollmeldungen“ (Reiter {tag}).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="130" />
        <source>Explainable LULC</source>
        <translation>Explainable LULC</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="112" />
        <source>Installing Python packages in the background (progress and Cancel in the status bar).</source>
        <translation>Python-Pakete werden im Hintergrund installiert (Fortschritt und Abbrechen in der Statusleiste).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="120" />
        <source>{error} QGIS's own Python was not changed. pip's messages are in the Log Messages panel (tab {tag}).</source>
        <translation>{error} Das Python von QGIS wurde nicht verändert. Die Meldungen von pip stehen im Bedienfeld „Protokollmeldungen“ (Reiter {tag}).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="126" />
        <source>Installed into {folder}. Restart QGIS to use them.</source>
        <translation>In {folder} installiert. Starten Sie QGIS neu, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="128" />
        <source>Installed into {folder}. The algorithms are ready.</source>
        <translation>In {folder} installiert. Die Algorithmen sind bereit.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="60" />
        <source>CPU (about 200 MB; runs on every computer)</source>
        <translation>CPU (etwa 200 MB; läuft auf jedem Rechner)</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="62" />
        <source>CUDA (NVIDIA GPU; about 2.5 GB more to download)</source>
        <translation>CUDA (NVIDIA-GPU; etwa 2.5 GB mehr herunterzuladen)</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="206" />
        <source>On Debian and Ubuntu: sudo apt install python3-pip. Elsewhere: {python} -m ensurepip.</source>
        <translation>Unter Debian und Ubuntu: sudo apt install python3-pip. Anderswo: {python} -m ensurepip.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="207" />
        <source>Run {python} -m ensurepip, then try again.</source>
        <translation>Führen Sie {python} -m ensurepip aus und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="208" />
        <source>QGIS's Python ({python}) has no pip. {hint}</source>
        <translation>Das Python von QGIS ({python}) hat kein pip. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="255" />
        <source>Installing Python packages for Explainable LULC</source>
        <translation>Python-Pakete für Explainable LULC werden installiert</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="273" />
        <source>Cannot write into {folder}: {reason}</source>
        <translation>In {folder} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="283" />
        <source>pip brought {names} along, which carries its own GDAL and would crash QGIS; nothing was installed.</source>
        <translation>pip hat {names} mitgebracht, das ein eigenes GDAL enthält und QGIS zum Absturz bringen würde; es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="290" />
        <source>Cannot move the packages into {folder}: {reason}</source>
        <translation>Die Pakete können nicht nach {folder} verschoben werden: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="303" />
        <source>Cannot start {python}: {reason}</source>
        <translation>{python} kann nicht gestartet werden: {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="368" />
        <source>Cancelled; nothing was installed.</source>
        <translation>Abgebrochen; es wurde nichts installiert.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="331" />
        <source>pip could not install the packages ({code}): {reason}</source>
        <translation>pip konnte die Pakete nicht installieren ({code}): {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="334" />
        <source>A package index could not be reached (see the log): check the internet connection (and pip's proxy settings), then try again.</source>
        <translation>Ein Paketindex war nicht erreichbar (siehe Protokoll): Prüfen Sie die Internetverbindung (und die Proxy-Einstellungen von pip) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="365" />
        <source>Installed into {folder}.</source>
        <translation>In {folder} installiert.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="368" />
        <source>The install failed.</source>
        <translation>Die Installation ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="345" />
        <source>Explain here</source>
        <translation>Hier erklären</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="126" />
        <source>Choose the Explain here tool and click on a Sentinel-2 layer.</source>
        <translation>Wählen Sie das Werkzeug „Hier erklären“ und klicken Sie auf einen Sentinel-2-Layer.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="133" />
        <source>True colour</source>
        <translation>Echtfarben</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="133" />
        <source>Grad-CAM, top class</source>
        <translation>Grad-CAM, wahrscheinlichste Klasse</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="145" />
        <source>Explain the whole layer…</source>
        <translation>Den ganzen Layer erklären…</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="184" />
        <source>{layer}: the 64×64-pixel window from row {row}, column {col}; model {model}; explained in {seconds:.1f} s.</source>
        <translation>{layer}: das 64×64-Pixel-Fenster ab Zeile {row}, Spalte {col}; Modell {model}; erklärt in {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="194" />
        <source>Class probabilities</source>
        <translation>Klassenwahrscheinlichkeiten</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="197" />
        <source>SHAP of band groups, for {name}</source>
        <translation>SHAP der Bandgruppen, für {name}</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="207" />
        <source>How far to trust it</source>
        <translation>Wie weit man ihr trauen kann</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="305" />
        <source>No Sentinel-2 raster layer (a GDAL file) under the place clicked. Click on the image you want explained.</source>
        <translation>Unter der angeklickten Stelle liegt kein Sentinel-2-Rasterlayer (eine GDAL-Datei). Klicken Sie auf das Bild, das erklärt werden soll.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="346" />
        <source>Click a place on a Sentinel-2 layer: why did the model decide what it did there?</source>
        <translation>Klicken Sie auf eine Stelle eines Sentinel-2-Layers: Warum hat das Modell dort so entschieden?</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="204" />
        <source>{method}: flat for this class here, nothing to test.</source>
        <translation>{method}: hier für diese Klasse flach, nichts zu testen.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="318" />
        <source>Layer '{layer}': {problem}</source>
        <translation>Layer „{layer}“: {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="184" />
        <source>The class map refines each pixel by its own spectrum, so at edges it can differ from this window's class.</source>
        <translation>Die Klassenkarte verfeinert jedes Pixel mit seinem eigenen Spektrum; an Rändern kann sie daher von der Klasse dieses Fensters abweichen.</translation>
    </message>
</context>
<context>
    <name>AssessAccuracy</name>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="50" />
        <source>Assess LULC accuracy</source>
        <translation>Genauigkeit der Landbedeckung bewerten</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="53" />
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="59" />
        <source>&lt;p&gt;How right is a land-cover map? Compares a class raster (from Classify LULC or any categorised raster) with reference points or polygons whose class you know.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the error matrix (map classes in rows, reference classes in columns, with user's and producer's accuracy) as a table; an HTML report; the overall accuracy, kappa and area-adjusted overall accuracy as numbers for the modeler.&lt;/p&gt;&lt;p&gt;The report gives the sample's overall accuracy with its 95 % interval (Wilson), kappa, user's and producer's accuracy and F1 per class, and the &lt;b&gt;area-adjusted&lt;/b&gt; estimates of Olofsson et al. (2014): each map class weighted by its share of the map's pixels, giving overall, user's and producer's accuracy and each class's area with 95 % intervals. Report the estimated areas, not the pixel counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class names&lt;/b&gt; of the map come from the file (category names or attribute table), else its style, else its values. When the reference uses another legend, &lt;b&gt;Class map&lt;/b&gt; says which map classes each reference class stands for, e.g. &lt;i&gt;water=River,SeaLake; forest=Forest&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons&lt;/b&gt;: every pixel whose centre lies inside, or a few random pixels per polygon (seeded, reproducible). Pixels of one polygon are not independent samples: intervals computed from all of them are too narrow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie richtig ist eine Landbedeckungskarte? Vergleicht ein Klassenraster (aus „Landbedeckung klassifizieren“ oder ein beliebiges kategorisiertes Raster) mit Referenzpunkten oder -polygonen, deren Klasse Sie kennen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgaben&lt;/b&gt;: die Fehlermatrix (Kartenklassen in Zeilen, Referenzklassen in Spalten, mit Nutzer- und Herstellergenauigkeit) als Tabelle; ein HTML-Bericht; Gesamtgenauigkeit, Kappa und flächengewichtete Gesamtgenauigkeit als Zahlen für den Modellierer.&lt;/p&gt;&lt;p&gt;Der Bericht nennt die Gesamtgenauigkeit der Stichprobe mit ihrem 95-%-Intervall (Wilson), Kappa, Nutzer- und Herstellergenauigkeit und F1 je Klasse sowie die &lt;b&gt;flächengewichteten&lt;/b&gt; Schätzungen nach Olofsson et al. (2014): Jede Kartenklasse wird mit ihrem Anteil an den Pixeln der Karte gewichtet, das ergibt Gesamt-, Nutzer- und Herstellergenauigkeit und die Fläche jeder Klasse mit 95-%-Intervallen. Geben Sie die geschätzten Flächen an, nicht die Pixelzahlen.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Klassennamen&lt;/b&gt; der Karte stammen aus der Datei (Kategorienamen oder Attributtabelle), sonst aus ihrem Stil, sonst aus ihren Werten. Verwendet die Referenz eine andere Legende, gibt &lt;b&gt;Klassenzuordnung&lt;/b&gt; an, für welche Kartenklassen jede Referenzklasse steht, z. B. &lt;i&gt;Wasser=River,SeaLake; Wald=Forest&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygone&lt;/b&gt;: jedes Pixel, dessen Mittelpunkt darin liegt, oder einige zufällige Pixel pro Polygon (mit Startwert, reproduzierbar). Pixel eines Polygons sind keine unabhängigen Stichproben: Aus allen berechnete Intervalle sind zu schmal.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="79" />
        <source>Land-cover map</source>
        <translation>Landbedeckungskarte</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="79" />
        <source>A class raster: one whole number per class (e.g. the output of Classify LULC).</source>
        <translation>Ein Klassenraster: eine ganze Zahl je Klasse (z. B. die Ausgabe von „Landbedeckung klassifizieren“).</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="83" />
        <source>Reference points or polygons</source>
        <translation>Referenzpunkte oder -polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="83" />
        <source>Places whose class you know (field visits, photo interpretation). Any CRS: they are reprojected to the map's.</source>
        <translation>Orte, deren Klasse Sie kennen (Geländebegehung, Luftbildinterpretation). Beliebiges KBS: Sie werden in das KBS der Karte reprojiziert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="89" />
        <source>Reference class field</source>
        <translation>Feld der Referenzklasse</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="89" />
        <source>The field holding each feature's class: a class name of the map (any case), a class value, or a class of CLASS_MAP.</source>
        <translation>Das Feld mit der Klasse jedes Objekts: ein Klassenname der Karte (Groß-/Kleinschreibung beliebig), ein Klassenwert oder eine Klasse aus CLASS_MAP.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="95" />
        <source>Class map (reference class = map classes)</source>
        <translation>Klassenzuordnung (Referenzklasse = Kartenklassen)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="95" />
        <source>For a reference legend that differs from the map's: entries 'reference class=map class, map class' separated by ';' or new lines, e.g. water=River,SeaLake; forest=Forest. Map classes by name or value. Map classes not named keep their own class.</source>
        <translation>Für eine Referenzlegende, die von der Legende der Karte abweicht: Einträge „Referenzklasse=Kartenklasse, Kartenklasse“, getrennt durch „;“ oder Zeilenumbrüche, z. B. Wasser=River,SeaLake; Wald=Forest. Kartenklassen über Name oder Wert. Nicht genannte Kartenklassen behalten ihre eigene Klasse.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Pixels of each polygon</source>
        <translation>Pixel jedes Polygons</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Every pixel inside</source>
        <translation>Jedes Pixel darin</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Random pixels (see below)</source>
        <translation>Zufällige Pixel (siehe unten)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Which pixels of a reference polygon are samples: every pixel whose centre lies inside it, or a number of them drawn at random. Points always give the pixel they fall on.</source>
        <translation>Welche Pixel eines Referenzpolygons Stichproben sind: jedes Pixel, dessen Mittelpunkt darin liegt, oder eine zufällig gezogene Anzahl davon. Punkte liefern immer das Pixel, auf dem sie liegen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="109" />
        <source>Random pixels per polygon</source>
        <translation>Zufällige Pixel pro Polygon</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="109" />
        <source>With random pixels: how many per polygon (all of a smaller polygon's).</source>
        <translation>Bei zufälligen Pixeln: wie viele pro Polygon (bei kleineren Polygonen alle).</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="114" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="114" />
        <source>The same seed draws the same pixels.</source>
        <translation>Derselbe Startwert zieht dieselben Pixel.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="119" />
        <source>Error matrix</source>
        <translation>Fehlermatrix</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="119" />
        <source>A table: a row per map class with its sample counts per reference class, total and user's accuracy; then a total row and a producer's accuracy row.</source>
        <translation>Eine Tabelle: eine Zeile je Kartenklasse mit ihrer Stichprobenanzahl je Referenzklasse, Summe und Nutzergenauigkeit; danach eine Summenzeile und eine Zeile mit der Herstellergenauigkeit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>HTML: overall and per-class figures with 95 % intervals, area-adjusted accuracy and class areas, and how to read them.</source>
        <translation>HTML: Gesamt- und Klassenkennzahlen mit 95-%-Intervallen, flächengewichtete Genauigkeit und Klassenflächen sowie eine Anleitung zum Lesen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="130" />
        <source>Overall accuracy (sample)</source>
        <translation>Gesamtgenauigkeit (Stichprobe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="131" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="132" />
        <source>Overall accuracy (area-adjusted)</source>
        <translation>Gesamtgenauigkeit (flächengewichtet)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="151" />
        <source>INPUT must be a file raster (GDAL) of classes, e.g. the output of Classify LULC.</source>
        <translation>INPUT muss ein Dateiraster (GDAL) mit Klassen sein, z. B. die Ausgabe von „Landbedeckung klassifizieren“.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="156" />
        <source>REFERENCE is not a vector layer of points or polygons.</source>
        <translation>REFERENCE ist kein Vektorlayer mit Punkten oder Polygonen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="170" />
        <source>Reference reprojected from {source} to the map's {target}</source>
        <translation>Referenz von {source} in das KBS der Karte, {target}, reprojiziert</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="172" />
        <source>{count} reference feature(s) without geometry left out</source>
        <translation>{count} Referenzobjekt(e) ohne Geometrie ausgelassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="172" />
        <source>{count} reference feature(s) without a class in {field} left out</source>
        <translation>{count} Referenzobjekt(e) ohne Klasse in {field} ausgelassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="180" />
        <source>{count} reference feature(s) cover no pixel of the map (outside it, or polygons smaller than a pixel) and were left out</source>
        <translation>{count} Referenzobjekt(e) überdecken kein Pixel der Karte (außerhalb davon oder Polygone kleiner als ein Pixel) und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="184" />
        <source>No reference sample falls on a valid pixel of the map ({features} feature(s) read). Check that the reference layer overlaps the map and that its CRS is set right.</source>
        <translation>Keine Referenzstichprobe fällt auf ein gültiges Pixel der Karte ({features} Objekt(e) gelesen). Prüfen Sie, ob sich der Referenzlayer mit der Karte überschneidet und ob sein KBS richtig gesetzt ist.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="198" />
        <source>{samples} samples from {features} features: overall accuracy {overall:.1%} ({low:.1%}–{high:.1%}), kappa {kappa:.3f}, area-adjusted {adjusted:.1%} ± {half:.1%}</source>
        <translation>{samples} Stichproben aus {features} Objekten: Gesamtgenauigkeit {overall:.1%} ({low:.1%}–{high:.1%}), Kappa {kappa:.3f}, flächengewichtet {adjusted:.1%} ± {half:.1%}</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="212" />
        <source>the pixel under each point</source>
        <translation>das Pixel unter jedem Punkt</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="214" />
        <source>every pixel inside each polygon</source>
        <translation>jedes Pixel innerhalb jedes Polygons</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="216" />
        <source>{count} random pixels per polygon (seed {seed})</source>
        <translation>{count} zufällige Pixel pro Polygon (Startwert {seed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="231" />
        <source>Map class(es) with a single sample: {names}. Their intervals cannot be estimated.</source>
        <translation>Kartenklasse(n) mit nur einer Stichprobe: {names}. Ihre Intervalle lassen sich nicht schätzen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="236" />
        <source>Map class(es) without any reference sample: {names} ({share:.1%} of the map). The area-adjusted figures describe the rest of the map.</source>
        <translation>Kartenklasse(n) ohne jede Referenzstichprobe: {names} ({share:.1%} der Karte). Die flächengewichteten Werte beschreiben den Rest der Karte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="240" />
        <source>Every pixel of each polygon is a sample ({samples} from {features} features): neighbouring pixels are alike, so the intervals are too narrow.</source>
        <translation>Jedes Pixel jedes Polygons ist eine Stichprobe ({samples} aus {features} Objekten): Benachbarte Pixel ähneln sich, daher sind die Intervalle zu schmal.</translation>
    </message>
</context>
<context>
    <name>ClassifyLulc</name>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="19" />
        <source>Classify LULC</source>
        <translation>Landbedeckung klassifizieren</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="59" />
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="64" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="64" />
        <source>GeoTIFF of the chosen class's probability (0–1, nodata −1).</source>
        <translation>GeoTIFF der Wahrscheinlichkeit der gewählten Klasse (0–1, NoData −1).</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="103" />
        <source>{tiles} tiles in {seconds:.1f} s ({rate:.2f} Mpx/s)</source>
        <translation>{tiles} Kacheln in {seconds:.1f} s ({rate:.2f} Mpx/s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="112" />
        <source>Land cover ({model})</source>
        <translation>Landbedeckung ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="117" />
        <source>Confidence ({model})</source>
        <translation>Konfidenz ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="51" />
        <source>Sharpen boundaries to 10 m</source>
        <translation>Grenzen auf 10 m schärfen</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="59" />
        <source>GeoTIFF of class values 0, 1, … (the model's classes; nodata 255), with class names and a colour table.</source>
        <translation>GeoTIFF mit Klassenwerten 0, 1, … (die Klassen des Modells; NoData 255), mit Klassennamen und Farbtabelle.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="86" />
        <source>REFINE: model {model} has no per-pixel head; the map keeps the window scale.</source>
        <translation>REFINE: Modell {model} hat keinen Pro-Pixel-Kopf; die Karte behält den Fenstermaßstab.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="51" />
        <source>The model decides on 640 m windows; on, each pixel's own spectrum (the model's per-pixel spectral head) sharpens where the windows around it disagree, so shorelines, rivers, field and forest edges follow the image. Only models with such a head (the bundled spectral models and models trained from them; with another, the log names those that fit the layer) are refined; the others keep the window-scale map. Off: the window-scale map.</source>
        <translation>Das Modell entscheidet auf 640-m-Fenstern; eingeschaltet schärft das eigene Spektrum jedes Pixels (der spektrale Pro-Pixel-Kopf des Modells) dort nach, wo die umliegenden Fenster uneins sind, sodass Uferlinien, Flüsse, Feld- und Waldränder dem Bild folgen. Nur Modelle mit einem solchen Kopf (die mitgelieferten spektralen Modelle und daraus trainierte Modelle; bei einem anderen nennt das Protokoll die zur Ebene passenden) werden geschärft; die anderen behalten die Karte im Fenstermaßstab. Ausgeschaltet: die Karte im Fenstermaßstab.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="28" />
        <source>&lt;p&gt;Maps land use / land cover from a Sentinel-2 image with a convolutional network (a bundled model trained on EuroSAT, or your own), pixel by pixel, exactly on the input's grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 raster (L1C or L2A; 3, 4, 10, 12 or 13 bands, any order). &lt;b&gt;Bands&lt;/b&gt;: which Sentinel-2 band each layer band is. Left empty, band descriptions such as B02 or B8A are used, else ESA's standard order for the band count; the log says which order was assumed. &lt;b&gt;Pixel values&lt;/b&gt;: digital numbers (with or without the +1000 offset of 2022 products) or reflectance; auto decides and logs why. &lt;b&gt;Model&lt;/b&gt;: auto picks the bundled model using most of the layer's bands, one that can sharpen its map to 10 m when there is one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How&lt;/b&gt;: the model classifies 64×64-pixel windows (640 m). It is evaluated densely, for the window centred on every 8×8 block at once, and the class probabilities are interpolated bilinearly to every pixel before choosing the most probable class; &lt;b&gt;Sharpen boundaries to 10 m&lt;/b&gt; then lets each pixel's own spectrum decide where the windows around it disagree. Masked &lt;b&gt;clouds and shadows&lt;/b&gt; get classes of their own. Results do not depend on the tile size.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class raster (values 0, 1, … in the order of the model's classes, as its model card names and colours them; 255 = nodata) with class names and colours, and optionally the probability of the chosen class. Pixels that are nodata in the input (declared nodata, or all bands zero) are nodata in both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Kartiert Landnutzung / Landbedeckung aus einem Sentinel-2-Bild mit einem Faltungsnetz (einem mitgelieferten, auf EuroSAT trainierten Modell oder Ihrem eigenen), Pixel für Pixel, exakt im Pixelraster der Eingabe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Eingabe&lt;/b&gt;: ein Sentinel-2-Raster (L1C oder L2A; 3, 4, 10, 12 oder 13 Bänder, in beliebiger Reihenfolge). &lt;b&gt;Bänder&lt;/b&gt;: welches Sentinel-2-Band jedes Layerband ist. Bleibt das Feld leer, werden Bandbeschreibungen wie B02 oder B8A verwendet, sonst die Standardreihenfolge der ESA für die Bandanzahl; das Protokoll nennt die angenommene Reihenfolge. &lt;b&gt;Pixelwerte&lt;/b&gt;: Digitalwerte (mit oder ohne den +1000-Offset der Produkte ab 2022) oder Reflexion; auto entscheidet und protokolliert den Grund. &lt;b&gt;Modell&lt;/b&gt;: auto wählt das mitgelieferte Modell, das die meisten Bänder des Layers nutzt, und darunter eines, das seine Karte auf 10 m schärfen kann, wenn es eines gibt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wie&lt;/b&gt;: Das Modell klassifiziert Fenster von 64×64 Pixeln (640 m). Es wird dicht ausgewertet, für das auf jeden 8×8-Block zentrierte Fenster auf einmal, und die Klassenwahrscheinlichkeiten werden bilinear auf jedes Pixel interpoliert, bevor die wahrscheinlichste Klasse gewählt wird; &lt;b&gt;Grenzen auf 10 m schärfen&lt;/b&gt; lässt dann das eigene Spektrum jedes Pixels dort entscheiden, wo die umliegenden Fenster uneins sind. Maskierte &lt;b&gt;Wolken und Schatten&lt;/b&gt; erhalten eigene Klassen. Die Ergebnisse hängen nicht von der Kachelgröße ab.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ausgaben&lt;/b&gt;: das Klassenraster (Werte 0, 1, … in der Reihenfolge der Klassen des Modells, wie seine Modellkarte sie benennt und einfärbt; 255 = NoData) mit Klassennamen und Farben sowie optional die Wahrscheinlichkeit der gewählten Klasse. Pixel, die in der Eingabe NoData sind (deklariertes NoData oder alle Bänder null), sind in beiden Ausgaben NoData.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="90" />
        <source>For a map refined to 10 m, choose one of these models: {names}.</source>
        <translation>Für eine auf 10 m verfeinerte Karte wählen Sie eines dieser Modelle: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="95" />
        <source>To keep your classes at 10 m, train your model again with Train LULC model on a base model that refines (BASE_MODEL: one of those above).</source>
        <translation>Um Ihre Klassen auf 10 m zu erhalten, trainieren Sie Ihr Modell mit „Landbedeckungsmodell trainieren“ erneut auf einem Basismodell, das verfeinert (BASE_MODEL: eines der oben genannten).</translation>
    </message>
</context>
<context>
    <name>ExplainGradCam</name>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="29" />
        <source>Explain with Grad-CAM</source>
        <translation>Mit Grad-CAM erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="32" />
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="38" />
        <source>&lt;p&gt;Shows where the land-cover model finds evidence for a class: a georeferenced heat map on the input's grid, styled over the imagery.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grad-CAM&lt;/b&gt; (Selvaraju et al. 2017) weighs the last convolutional layer's feature maps by the class's gradient. For this model that is computed for every 64×64 window at once, in one pass, so it costs about what classifying costs; each pixel shows the evidence of the windows around it, in the model's units (a window's cells add up to its class score), comparable across the whole scene.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guided Grad-CAM&lt;/b&gt; multiplies Grad-CAM by guided backpropagation at full resolution (summed over bands; positive values support the class). Gradients there belong to one window, so the map is a mosaic of 64×64 patches (640 m), each explained on its own exactly as captum's GuidedGradCam explains a EuroSAT patch. The same holds for Grad-CAM of another layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class to explain&lt;/b&gt;: predicted (the class the model predicts at each place, as Classify LULC maps it) or a class name, e.g. Forest: “where does the model see Forest?”&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zeigt, wo das Landbedeckungsmodell Hinweise auf eine Klasse findet: eine georeferenzierte Heatmap im Pixelraster der Eingabe, über dem Bild dargestellt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grad-CAM&lt;/b&gt; (Selvaraju et al. 2017) gewichtet die Merkmalskarten der letzten Faltungsschicht mit dem Gradienten der Klasse. Für dieses Modell geschieht das für jedes 64×64-Fenster auf einmal, in einem Durchlauf, und kostet damit etwa so viel wie das Klassifizieren; jedes Pixel zeigt die Hinweise der umliegenden Fenster, in den Einheiten des Modells (die Zellen eines Fensters summieren sich zu seinem Klassenscore), vergleichbar über die ganze Szene.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guided Grad-CAM&lt;/b&gt; multipliziert Grad-CAM mit Guided Backpropagation in voller Auflösung (über die Bänder summiert; positive Werte stützen die Klasse). Die Gradienten gehören dort zu einem einzigen Fenster, daher ist die Karte ein Mosaik aus 64×64-Ausschnitten (640 m), jeder für sich erklärt, genau so, wie GuidedGradCam von captum einen EuroSAT-Ausschnitt erklärt. Dasselbe gilt für Grad-CAM einer anderen Schicht.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Zu erklärende Klasse&lt;/b&gt;: predicted (die Klasse, die das Modell an jeder Stelle vorhersagt, wie „Landbedeckung klassifizieren“ sie kartiert) oder ein Klassenname, z. B. Forest: „Wo sieht das Modell Forest?“&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="58" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="58" />
        <source>Grad-CAM: smooth map of where the evidence is. Guided Grad-CAM: the same, sharpened to pixels by guided backpropagation, one 64×64 patch at a time.</source>
        <translation>Grad-CAM: glatte Karte, die zeigt, wo die Hinweise liegen. Guided Grad-CAM: dasselbe, durch Guided Backpropagation pixelgenau geschärft, jeweils ein 64×64-Ausschnitt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="64" />
        <source>Layer to explain</source>
        <translation>Zu erklärende Schicht</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="64" />
        <source>Name of a convolutional layer of the model, e.g. features.13. Empty: the last convolutional layer (the usual choice: the most class-specific).</source>
        <translation>Name einer Faltungsschicht des Modells, z. B. features.13. Leer: die letzte Faltungsschicht (die übliche Wahl: die klassenspezifischste).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="70" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="70" />
        <source>Float32 GeoTIFF on the input's grid (nodata where the input is nodata).</source>
        <translation>Float32-GeoTIFF im Pixelraster der Eingabe (NoData, wo die Eingabe NoData ist).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>Preview image</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>PNG files (*.png)</source>
        <translation>PNG-Dateien (*.png)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>PNG: true colour beside the heat map over it, with a colour bar.</source>
        <translation>PNG: Echtfarbenbild neben der darübergelegten Heatmap, mit Farbskala.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="103" />
        <source>{method} of layer {layer} for {target}, in tiles of {tile} px</source>
        <translation>{method} der Schicht {layer} für {target}, in Kacheln zu {tile} px</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="108" />
        <source>{tiles} tiles in {seconds:.1f} s</source>
        <translation>{tiles} Kacheln in {seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="113" />
        <source>{method}: {target} ({model})</source>
        <translation>{method}: {target} ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>HTML: a plain-language summary, how far to trust the method (deletion test on sample windows), evidence per predicted class, example places.</source>
        <translation>HTML: eine allgemeinverständliche Zusammenfassung, wie weit man der Methode trauen kann (Löschtest an Stichprobenfenstern), Hinweise je vorhergesagter Klasse, Beispielorte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="115" />
        <source>class score</source>
        <translation>Klassenscore</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="115" />
        <source>class score × gradient</source>
        <translation>Klassenscore × Gradient</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>a heat map (one band)</source>
        <translation>eine Heatmap (ein Band)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>every band</source>
        <translation>alle Bänder</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>&lt;p&gt;Each value is the evidence for the explained class at one place, in the model's units (class logit per feature cell; × input gradient for Guided Grad-CAM). Higher: more evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Wert ist der Hinweis auf die erklärte Klasse an einer Stelle, in den Einheiten des Modells (Klassen-Logit je Merkmalszelle; × Eingabegradient bei Guided Grad-CAM). Höher: stärkere Hinweise.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>Measuring how far to trust it (deletion test on sample windows)…</source>
        <translation>Es wird gemessen, wie weit man ihr trauen kann (Löschtest an Stichprobenfenstern)…</translation>
    </message>
</context>
<context>
    <name>ExplainLime</name>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="20" />
        <source>Explain with LIME</source>
        <translation>Mit LIME erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="23" />
        <source>&lt;p&gt;LIME (Ribeiro et al. 2016): around each place, the model is probed with randomly perturbed copies (each feature kept or removed) and a weighted linear model is fitted to its probability of the class; its coefficients are the features' weights. A weight is the probability the feature adds when present, in the surrogate; the report gives how well the surrogate fits (weighted R²).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt;: SLIC regions of each 64×64 patch (640 m), each patch explained on its own as lime's image explainer explains an image: the spatial view. &lt;b&gt;Band groups&lt;/b&gt;: visible, red edge, NIR, SWIR, atmospheric, for every 64×64 window.&lt;/p&gt;&lt;p&gt;The samples and the kernel are lime's (kernel width 0.25, ridge regression), the same for every tile, so one model pass per sample serves a whole tile: the result equals the lime library run on each window or patch alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LIME (Ribeiro et al. 2016): Um jede Stelle wird das Modell mit zufällig gestörten Kopien abgefragt (jedes Merkmal beibehalten oder entfernt), und ein gewichtetes lineares Modell wird an seine Wahrscheinlichkeit für die Klasse angepasst; seine Koeffizienten sind die Gewichte der Merkmale. Ein Gewicht ist die Wahrscheinlichkeit, die das Merkmal im Surrogatmodell beiträgt, wenn es vorhanden ist; der Bericht gibt an, wie gut das Surrogatmodell passt (gewichtetes R²).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixel&lt;/b&gt;: SLIC-Regionen jedes 64×64-Ausschnitts (640 m), jeder Ausschnitt für sich erklärt, so wie der Bild-Explainer von lime ein Bild erklärt: die räumliche Sicht. &lt;b&gt;Bandgruppen&lt;/b&gt;: sichtbar, Red Edge, NIR, SWIR, atmosphärisch, für jedes 64×64-Fenster.&lt;/p&gt;&lt;p&gt;Die Stichproben und der Kernel sind die von lime (Kernelbreite 0.25, Ridge-Regression), für jede Kachel dieselben, sodass ein Modelldurchlauf je Stichprobe eine ganze Kachel bedient: Das Ergebnis entspricht der lime-Bibliothek, angewandt auf jedes Fenster oder jeden Ausschnitt einzeln.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="42" />
        <source>Superpixels: regions of each 64×64 patch (the spatial view). Band groups: visible, red edge, NIR, SWIR, atmospheric.</source>
        <translation>Superpixel: Regionen jedes 64×64-Ausschnitts (die räumliche Sicht). Bandgruppen: sichtbar, Red Edge, NIR, SWIR, atmosphärisch.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="45" />
        <source>Perturbed samples the surrogate is fitted to (lime's default is 1000). Band groups: at most 32 distinct samples, each evaluated once. Superpixels: one model pass per sample and patch; time grows linearly with it.</source>
        <translation>Gestörte Stichproben, an die das Surrogatmodell angepasst wird (Standard von lime: 1000). Bandgruppen: höchstens 32 verschiedene Stichproben, jede einmal ausgewertet. Superpixel: ein Modelldurchlauf je Stichprobe und Ausschnitt; die Laufzeit wächst linear damit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="49" />
        <source>Perturbed samples</source>
        <translation>Gestörte Stichproben</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="38" />
        <source>LIME weights</source>
        <translation>LIME-Gewichte</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="50" />
        <source>HTML: a plain-language summary, how far to trust the method, features ranked per predicted class, example places.</source>
        <translation>HTML: eine allgemeinverständliche Zusammenfassung, wie weit man der Methode trauen kann, Merkmale nach Rang je vorhergesagter Klasse, Beispielorte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="55" />
        <source>LIME of {features} for {target}: {estimator}, background {background}</source>
        <translation>LIME von {features} für {target}: {estimator}, Hintergrund {background}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="61" />
        <source>{tiles} tiles in {seconds:.1f} s; mean local fit R² {fit}</source>
        <translation>{tiles} Kacheln in {seconds:.1f} s; mittlere lokale Anpassungsgüte R² {fit}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="65" />
        <source>&lt;p&gt;Each value is a feature's LIME weight for the explained class at one place: the coefficient of a weighted linear model fitted to the model's probability on perturbed copies of the window or patch (lime's samples and kernel). Positive values push towards the class, negative away from it; the intercept is the surrogate's probability with every feature removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jeder Wert ist das LIME-Gewicht eines Merkmals für die erklärte Klasse an einer Stelle: der Koeffizient eines gewichteten linearen Modells, angepasst an die Wahrscheinlichkeit des Modells auf gestörten Kopien des Fensters oder Ausschnitts (Stichproben und Kernel von lime). Positive Werte sprechen für die Klasse, negative gegen sie; der Achsenabschnitt ist die Wahrscheinlichkeit des Surrogatmodells, wenn alle Merkmale entfernt sind.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplainShap</name>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="31" />
        <source>Explain with SHAP</source>
        <translation>Mit SHAP erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="34" />
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="40" />
        <source>&lt;p&gt;How much each input feature pushed the model towards (or away from) a class, at every place: SHAP values (Lundberg &amp;amp; Lee 2017), in units of the class's probability. At each place, the base value (every feature removed) plus the features' values add up to the probability the model gives the class there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band groups&lt;/b&gt; or &lt;b&gt;spectral bands&lt;/b&gt;: one output band per feature (described B08, NIR, …): did the model use near-infrared, or just colour? A coalition of features is evaluated for the whole tile at once, so every 64×64 window gets exact Shapley values (or sampled ones when the features are too many for the budget) at the cost of one pass per coalition. Each 8×8 block shows the window centred on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt;: which parts of each 64×64 patch (640 m) made the decision. Each patch is cut into SLIC superpixels and explained on its own, as shap explains one EuroSAT image; one output band.&lt;/p&gt;&lt;p&gt;The optional report ranks the features for each predicted class and shows a few places as shap's image plot does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wie stark jedes Eingabemerkmal das Modell an jeder Stelle zu einer Klasse hin (oder von ihr weg) gedrängt hat: SHAP-Werte (Lundberg &amp;amp; Lee 2017), in Einheiten der Wahrscheinlichkeit der Klasse. An jeder Stelle ergeben der Basiswert (alle Merkmale entfernt) plus die Werte der Merkmale die Wahrscheinlichkeit, die das Modell der Klasse dort gibt.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Bandgruppen&lt;/b&gt; oder &lt;b&gt;Spektralbänder&lt;/b&gt;: ein Ausgabeband je Merkmal (beschrieben als B08, NIR, …): Hat das Modell das nahe Infrarot genutzt oder nur die Farbe? Eine Koalition von Merkmalen wird für die ganze Kachel auf einmal ausgewertet, sodass jedes 64×64-Fenster exakte Shapley-Werte erhält (oder gesampelte, wenn die Merkmale für das Budget zu viele sind), zum Preis eines Durchlaufs je Koalition. Jeder 8×8-Block zeigt das auf ihn zentrierte Fenster.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixel&lt;/b&gt;: welche Teile jedes 64×64-Ausschnitts (640 m) die Entscheidung getroffen haben. Jeder Ausschnitt wird in SLIC-Superpixel zerlegt und für sich erklärt, so wie shap ein EuroSAT-Bild erklärt; ein Ausgabeband.&lt;/p&gt;&lt;p&gt;Der optionale Bericht ordnet die Merkmale für jede vorhergesagte Klasse und zeigt einige Stellen so, wie der Bildplot von shap es tut.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="64" />
        <source>Features</source>
        <translation>Merkmale</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="64" />
        <source>What a contribution is measured for. Band groups: 5 or fewer features, exact and fast. Spectral bands: each band of the model (exact up to 9 bands with the default budget, sampled beyond). Superpixels: regions of each 64×64 patch.</source>
        <translation>Wofür ein Beitrag gemessen wird. Bandgruppen: 5 oder weniger Merkmale, exakt und schnell. Spektralbänder: jedes Band des Modells (exakt bis 9 Bänder mit dem Standardbudget, darüber gesampelt). Superpixel: Regionen jedes 64×64-Ausschnitts.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="71" />
        <source>Background</source>
        <translation>Hintergrund</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="71" />
        <source>What a removed feature is replaced by. Band means of the training set: 'what if this band said nothing'. A blurred copy (15 px box): 'what if this band had no detail here'.</source>
        <translation>Wodurch ein entferntes Merkmal ersetzt wird. Bandmittelwerte des Trainingsdatensatzes: „was, wenn dieses Band nichts aussagte“. Eine weichgezeichnete Kopie (15-px-Box): „was, wenn dieses Band hier keine Details hätte“.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="78" />
        <source>Evaluation budget (model passes)</source>
        <translation>Auswertungsbudget (Modelldurchläufe)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="78" />
        <source>Model passes per tile. Exact Shapley values when all 2^n coalitions of the n features fit, else permutation sampling (each permutation and its reverse) with as many permutations as fit. Time grows linearly with it.</source>
        <translation>Modelldurchläufe je Kachel. Exakte Shapley-Werte, wenn alle 2^n Koalitionen der n Merkmale hineinpassen, sonst Permutations-Sampling (jede Permutation und ihre Umkehrung) mit so vielen Permutationen, wie hineinpassen. Die Laufzeit wächst linear damit.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="85" />
        <source>Superpixels per patch</source>
        <translation>Superpixel pro Ausschnitt</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="85" />
        <source>About how many SLIC superpixels each 64×64 patch is cut into (superpixel features only).</source>
        <translation>In ungefähr wie viele SLIC-Superpixel jeder 64×64-Ausschnitt zerlegt wird (nur bei Superpixel-Merkmalen).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="59" />
        <source>SHAP values</source>
        <translation>SHAP-Werte</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="90" />
        <source>Float32 GeoTIFF on the input's grid, one band per feature (nodata where the input is nodata).</source>
        <translation>Float32-GeoTIFF im Pixelraster der Eingabe, ein Band je Merkmal (NoData, wo die Eingabe NoData ist).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>HTML: features ranked per predicted class, mean |SHAP| chart, example places.</source>
        <translation>HTML: Merkmale nach Rang je vorhergesagter Klasse, Diagramm des mittleren |SHAP|, Beispielorte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="155" />
        <source>SHAP of {features} for {target}: {estimator}, background {background}</source>
        <translation>SHAP von {features} für {target}: {estimator}, Hintergrund {background}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="160" />
        <source>{tiles} tiles in {seconds:.1f} s; additivity within {error:.1e}</source>
        <translation>{tiles} Kacheln in {seconds:.1f} s; Additivität bis auf {error:.1e}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="127" />
        <source>{method}: {target} ({model})</source>
        <translation>{method}: {target} ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="129" />
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="140" />
        <source>Measuring how far to trust it (deletion test on sample windows)…</source>
        <translation>Es wird gemessen, wie weit man ihr trauen kann (Löschtest an Stichprobenfenstern)…</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="133" />
        <source>The layer holds one band per feature ({names}); it shows {shown}, the one that mattered most. Choose another band in its Symbology.</source>
        <translation>Der Layer enthält ein Band je Merkmal ({names}); er zeigt {shown}, das am meisten ausmachte. Wählen Sie ein anderes Band in seiner Symbolisierung.</translation>
    </message>
</context>
<context>
    <name>ExplainableLulc</name>
    <message>
        <location filename="../processing_provider/provider.py" line="27" />
        <source>Explainable LULC</source>
        <translation>Explainable LULC</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="30" />
        <source>Explainable LULC: Sentinel-2 land cover with explanations</source>
        <translation>Explainable LULC: Sentinel-2-Landbedeckung mit Erklärungen</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="57" />
        <source>Model card skipped: {problem}</source>
        <translation>Modellkarte übersprungen: {problem}</translation>
    </message>
</context>
<context>
    <name>ExplainableLulcAlgorithm</name>
    <message>
        <location filename="../processing_provider/base.py" line="207" />
        <source>Explainable LULC needs these Python packages in QGIS's Python: {names}. Install them with Raster ▸ Explainable LULC ▸ Install dependencies…, then run this again.</source>
        <translation>Explainable LULC benötigt diese Python-Pakete im Python von QGIS: {names}. Installieren Sie sie über Raster ▸ Explainable LULC ▸ Abhängigkeiten installieren… und führen Sie dies dann erneut aus.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="214" />
        <source>{problem}. Two GDAL builds in one process crash QGIS: install a rasterio built against QGIS's GDAL. {advice}</source>
        <translation>{problem}. Zwei GDAL-Builds in einem Prozess bringen QGIS zum Absturz: Installieren Sie ein rasterio, das gegen das GDAL von QGIS gebaut ist. {advice}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="231" />
        <source>Cancelled; no output was written.</source>
        <translation>Abgebrochen; es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="242" />
        <source>Out of memory; no output was written.</source>
        <translation>Nicht genügend Arbeitsspeicher; es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="152" />
        <source>{name} is written as .{extension}, not as '{file}': give it a .{extension} name.</source>
        <translation>{name} wird als .{extension} geschrieben, nicht als '{file}': Geben Sie ihm einen Namen auf .{extension}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="160" />
        <source>Default: {value}.</source>
        <translation>Standard: {value}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="233" />
        <source>Stopped by a termination signal (SIGTERM); no output was written.</source>
        <translation>Durch ein Beendigungssignal (SIGTERM) gestoppt; es wurde keine Ausgabe geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExplainableLulcPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Classify LULC…</source>
        <translation>Landbedeckung klassifizieren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="120" />
        <source>Explainable LULC</source>
        <translation>Explainable LULC</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Classify a Sentinel-2 layer into EuroSAT land-cover classes</source>
        <translation>Einen Sentinel-2-Layer in EuroSAT-Landbedeckungsklassen klassifizieren</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with Grad-CAM…</source>
        <translation>Mit Grad-CAM erklären…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Where the model finds evidence for a class</source>
        <translation>Wo das Modell Hinweise auf eine Klasse findet</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with SHAP…</source>
        <translation>Mit SHAP erklären…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>How much each band pushed the decision</source>
        <translation>Wie stark jedes Band die Entscheidung beeinflusst hat</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with LIME…</source>
        <translation>Mit LIME erklären…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Which parts of each patch a local linear model weighs</source>
        <translation>Welche Teile jedes Ausschnitts ein lokales lineares Modell gewichtet</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Assess LULC accuracy…</source>
        <translation>Genauigkeit der Landbedeckung bewerten…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>How right a class map is where you know the answer</source>
        <translation>Wie richtig eine Klassenkarte dort ist, wo Sie die Antwort kennen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Train LULC model…</source>
        <translation>Landbedeckungsmodell trainieren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Teach a model your own legend from polygons</source>
        <translation>Einem Modell Ihre eigene Legende anhand von Polygonen beibringen</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="121" />
        <source>Install dependencies…</source>
        <translation>Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="118" />
        <source>The algorithms need Python packages that QGIS's Python lacks: {names}.</source>
        <translation>Die Algorithmen benötigen Python-Pakete, die im Python von QGIS fehlen: {names}.</translation>
    </message>
</context>
<context>
    <name>LulcAlgorithm</name>
    <message>
        <location filename="../processing_provider/base.py" line="307" />
        <source>Sentinel-2 image</source>
        <translation>Sentinel-2-Bild</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="307" />
        <source>A Sentinel-2 raster layer: a band stack (GeoTIFF, VRT) or a .SAFE product's subdataset.</source>
        <translation>Ein Sentinel-2-Rasterlayer: ein Bandstapel (GeoTIFF, VRT) oder ein Subdatensatz eines .SAFE-Produkts.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="311" />
        <source>Band names, in layer order</source>
        <translation>Bandnamen, in Layer-Reihenfolge</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="311" />
        <source>The Sentinel-2 band of each layer band, comma-separated, e.g. B02,B03,B04,B08. Empty: taken from the band descriptions when they are band names, else from the band count in ESA's order (13: B01…B08, B8A, B09…B12; 12: the same without B10; 10: B02…B08, B8A, B11, B12; 4: B02, B03, B04, B08). EuroSAT's own files (B8A last) need BANDS.</source>
        <translation>Das Sentinel-2-Band jedes Layerbands, durch Kommas getrennt, z. B. B02,B03,B04,B08. Leer: aus den Bandbeschreibungen, wenn diese Bandnamen sind, sonst aus der Bandanzahl in der Reihenfolge der ESA (13: B01…B08, B8A, B09…B12; 12: dieselben ohne B10; 10: B02…B08, B8A, B11, B12; 4: B02, B03, B04, B08). Die eigenen Dateien von EuroSAT (B8A zuletzt) benötigen BANDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="320" />
        <source>Pixel values</source>
        <translation>Pixelwerte</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="320" />
        <source>How pixel values relate to reflectance. Auto: float data up to about 1.5 is reflectance; integer data are digital numbers (reflectance × 10000), with the +1000 offset of processing baseline 04.00 when the metadata declares it or B10 shows it. Products acquired from 25 January 2022 on carry that offset.</source>
        <translation>Wie Pixelwerte mit der Reflexion zusammenhängen. Auto: Gleitkommadaten bis etwa 1.5 sind Reflexion; Ganzzahldaten sind Digitalwerte (Reflexion × 10000), mit dem +1000-Offset der Prozessierungs-Baseline 04.00, wenn die Metadaten ihn angeben oder B10 ihn zeigt. Produkte, die ab dem 25. Januar 2022 aufgenommen wurden, tragen diesen Offset.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="333" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="348" />
        <source>Device</source>
        <translation>Recheneinheit</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="348" />
        <source>auto: a CUDA GPU when PyTorch sees one, else the CPU.</source>
        <translation>auto: eine CUDA-GPU, wenn PyTorch eine erkennt, sonst die CPU.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="356" />
        <source>Tiles per batch</source>
        <translation>Kacheln pro Stapel</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="356" />
        <source>Tiles sent to the model at once. More uses more memory; helps mostly on a GPU.</source>
        <translation>Kacheln, die dem Modell auf einmal übergeben werden. Mehr braucht mehr Speicher; hilft vor allem auf einer GPU.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="363" />
        <source>Tile size (pixels)</source>
        <translation>Kachelgröße (Pixel)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="503" />
        <source>Bands ({source}): {bands}</source>
        <translation>Bänder ({source}): {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="434" />
        <source>Unknown MODEL '{name}'. Known: {names}.</source>
        <translation>Unbekanntes MODEL „{name}“. Bekannt: {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="510" />
        <source>Model: {name} ({title}), bands {bands}</source>
        <translation>Modell: {name} ({title}), Bänder {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="512" />
        <source>Pixel values: {scale} ({reason})</source>
        <translation>Pixelwerte: {scale} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="522" />
        <source>Device: {device}</source>
        <translation>Recheneinheit: {device}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="395" />
        <source>Class to explain</source>
        <translation>Zu erklärende Klasse</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="421" />
        <source> Did you mean {name}?</source>
        <translation> Meinten Sie {name}?</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="426" />
        <source>Unknown TARGET class '{name}'. Choose one of: {names}.{hint}</source>
        <translation>Unbekannte TARGET-Klasse „{name}“. Wählen Sie eine von: {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="432" />
        <source>MODEL '{name}' cannot be used: {problem}</source>
        <translation>MODEL „{name}“ kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="468" />
        <source>Out of memory. Lower TILE_SIZE or BATCH_SIZE (results do not depend on them); no output was written.</source>
        <translation>Nicht genügend Arbeitsspeicher. Verringern Sie TILE_SIZE oder BATCH_SIZE (die Ergebnisse hängen nicht davon ab); es wurde keine Ausgabe geschrieben.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="515" />
        <source>Pixel values: {warning}</source>
        <translation>Pixelwerte: {warning}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="373" />
        <source>Mask clouds and shadows</source>
        <translation>Wolken und Schatten maskieren</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="373" />
        <source>Clouds and their shadows are not land cover. auto: found by ukis-csmask's U-Net (L1C or L2A, from B02, B03, B04, B08 and, when present, B11, B12) whenever the layer has those bands; they become the classes Cloud and Cloud shadow of the class map, and nodata in confidence and explanations. on: the same, refused without those bands. off: every pixel is classified.</source>
        <translation>Wolken und ihre Schatten sind keine Landbedeckung. auto: vom U-Net von ukis-csmask erkannt (L1C oder L2A, aus B02, B03, B04, B08 und, falls vorhanden, B11, B12), sofern der Layer diese Bänder hat; sie werden zu den Klassen Cloud und Cloud shadow der Klassenkarte und zu NoData in Konfidenz und Erklärungen. on: dasselbe, ohne diese Bänder abgelehnt. off: Jedes Pixel wird klassifiziert.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="395" />
        <source>predicted: at each place, the class the model predicts there. A class of the model (e.g. Forest): where, and how strongly, the model sees that class. The list holds the classes of every registered model, as their model cards name them; the model you run must know the class you choose.</source>
        <translation>predicted: an jeder Stelle die Klasse, die das Modell dort vorhersagt. Eine Klasse des Modells (z. B. Forest): wo und wie stark das Modell diese Klasse sieht. Die Liste enthält die Klassen aller registrierten Modelle, wie ihre Modellkarten sie benennen; das ausgeführte Modell muss die gewählte Klasse kennen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="410" />
        <source>INPUT: '{name}' ({source}) is not a raster layer. Choose a Sentinel-2 raster.</source>
        <translation>INPUT: „{name}“ ({source}) ist kein Rasterlayer. Wählen Sie ein Sentinel-2-Raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="423" />
        <source>Unknown TARGET class '{name}' for model {model}. Choose one of: {names}.{hint}</source>
        <translation>Unbekannte TARGET-Klasse „{name}“ für Modell {model}. Wählen Sie eine von: {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="481" />
        <source>INPUT ({value}) is not a raster layer. Choose a Sentinel-2 raster.</source>
        <translation>INPUT ({value}) ist kein Rasterlayer. Wählen Sie ein Sentinel-2-Raster.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="484" />
        <source>it comes from the '{provider}' provider; only file rasters (GDAL) can be processed. Save it as a GeoTIFF first.</source>
        <translation>er stammt vom Datenanbieter „{provider}“; nur Dateiraster (GDAL) können verarbeitet werden. Speichern Sie ihn zuerst als GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="532" />
        <source>Clouds: not masked, the packages ukis-csmask and onnxruntime are missing. Install them with Raster ▸ Explainable LULC ▸ Install dependencies…</source>
        <translation>Wolken: nicht maskiert, die Pakete ukis-csmask und onnxruntime fehlen. Installieren Sie sie über Raster ▸ Explainable LULC ▸ Abhängigkeiten installieren…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="535" />
        <source>Clouds: not masked (the detector needs B02, B03, B04 and B08)</source>
        <translation>Wolken: nicht maskiert (der Detektor benötigt B02, B03, B04 und B08)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="529" />
        <source>Clouds: {detector} ({reason})</source>
        <translation>Wolken: {detector} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="563" />
        <source>Clouds: {cloud:.1f} % cloud, {shadow:.1f} % cloud shadow of the valid pixels, masked</source>
        <translation>Wolken: {cloud:.1f} % Wolken, {shadow:.1f} % Wolkenschatten der gültigen Pixel, maskiert</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="576" />
        <source>Layer '{name}' ({path}): {message}</source>
        <translation>Layer „{name}“ ({path}): {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="607" />
        <source>for the predicted class</source>
        <translation>für die vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="607" />
        <source>against the predicted class</source>
        <translation>gegen die vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="609" />
        <source>for {name}</source>
        <translation>für {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="609" />
        <source>against {name}</source>
        <translation>gegen {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="524" />
        <source>Tiles of {tile} px (TILE_SIZE {asked}), {batch} per batch; about {memory:.1f} GB of memory</source>
        <translation>Kacheln zu {tile} px (TILE_SIZE {asked}), {batch} pro Stapel; etwa {memory:.1f} GB Speicher</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="363" />
        <source>Side of the square tiles the raster is processed in, rounded up to the multiple the model or method needs (8 px; 64 px for methods that explain whole patches) and down to the raster's size. Results do not depend on it; memory does.</source>
        <translation>Seitenlänge der quadratischen Kacheln, in denen das Raster verarbeitet wird, aufgerundet auf das Vielfache, das Modell oder Methode brauchen (8 px; 64 px für Methoden, die ganze Patches erklären), und höchstens so groß wie das Raster. Die Ergebnisse hängen nicht davon ab, der Speicherbedarf schon.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="450" />
        <source>{name} '{value}' is not one of its choices: {options}. Give the word, e.g. {name}={first}.</source>
        <translation>{name} '{value}' ist keine seiner Auswahlmöglichkeiten: {options}. Geben Sie das Wort an, z. B. {name}={first}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="455" />
        <source>{name} '{value}': give the number of a choice ({options}), e.g. {name}=0.</source>
        <translation>{name} '{value}': Geben Sie die Nummer einer Auswahl an ({options}), z. B. {name}=0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="517" />
        <source>Pixels are {size:.1f} m; the models learnt from 10 m pixels (a 64-pixel window is 640 m there, {window:.0f} m here), so expect a poor map. Resample the layer to 10 m first (e.g. Raster ▸ Projections ▸ Warp with a 10 m resolution, or gdalbuildvrt -tr 10 10).</source>
        <translation>Die Pixel sind {size:.1f} m groß; die Modelle haben an 10-m-Pixeln gelernt (ein Fenster von 64 Pixeln ist dort 640 m, hier {window:.0f} m), erwarten Sie also eine schlechte Karte. Resampeln Sie den Layer zuerst auf 10 m (z. B. Raster ▸ Projektionen ▸ Transformieren mit 10 m Auflösung, oder gdalbuildvrt -tr 10 10).</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="506" />
        <source>Bands: read as a true-colour image (red, green, blue = B04, B03, B02) from the file's colour interpretation. For a false-colour composite or another band order, give the bands in BANDS.</source>
        <translation>Bänder: als Echtfarbbild gelesen (Rot, Grün, Blau = B04, B03, B02), nach der Farbinterpretation der Datei. Für ein Falschfarbenkomposit oder eine andere Bandreihenfolge geben Sie die Bänder in BANDS an.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="509" />
        <source>Product level: {reason}</source>
        <translation>Produktstufe: {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="333" />
        <source>The model to run. auto: the bundled model that uses most of the layer's bands (on a tie: on L2A the one that held best on real L2A patches; then one that refines to 10 m; then the more accurate). Your own models (a card .json beside its weights) are listed too when placed in the QGIS profile's explainable_lulc/models folder or a folder named by $EXPLAINABLE_LULC_MODELS.</source>
        <translation>Das auszuführende Modell. auto: das mitgelieferte Modell, das die meisten Bänder des Layers nutzt (bei Gleichstand: auf L2A das Modell, das sich auf echten L2A-Ausschnitten am besten bewährt hat; dann eines, das auf 10 m verfeinert; dann das genauere). Eigene Modelle (eine Modellkarte .json neben ihren Gewichten) werden ebenfalls aufgeführt, wenn sie im Ordner explainable_lulc/models des QGIS-Profils liegen oder in einem Ordner, den $EXPLAINABLE_LULC_MODELS nennt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="603" />
        <source>evidence for the predicted class</source>
        <translation>Evidenz für die vorhergesagte Klasse</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="603" />
        <source>evidence for {name}</source>
        <translation>Evidenz für {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="605" />
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../processing_provider/train_model.py" line="46" />
        <source>Train LULC model</source>
        <translation>Landbedeckungsmodell trainieren</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="49" />
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="55" />
        <source>&lt;p&gt;Teaches a model your own legend from polygons you digitised on a Sentinel-2 image: 2 to 20 classes, each in a field of the polygons. The new model appears in the Model list of every algorithm at once (also for qgis_process: MODEL=name).&lt;/p&gt;&lt;p&gt;&lt;b&gt;How&lt;/b&gt;: the base model's network is copied unchanged (its features and input normalisation); new output layers for your classes are fitted on its features of 64×64-pixel windows centred on your polygons' pixels (in all flips and quarter turns) and, for models with a per-pixel head, of the pixels' spectra. Classes weigh equally, whatever their pixel counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy on a separate area&lt;/b&gt;: polygons are grouped into 256-pixel blocks; about a quarter of the pixels, in whole blocks, is held out (training polygons within 64 pixels of a held-out polygon are left out), and the held-out pixels are classified as Classify LULC would. The model saved is the one trained without them; its card records that accuracy, the classes and colours (from the layer's categorised style, else a palette), the bands, the normalisation and the training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where&lt;/b&gt;: the first folder of $EXPLAINABLE_LULC_MODELS when set, else the QGIS profile's explainable_lulc/models. A model of the same name there is replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Bringt einem Modell Ihre eigene Legende bei, anhand von Polygonen, die Sie auf einem Sentinel-2-Bild digitalisiert haben: 2 bis 20 Klassen, jeweils in einem Feld der Polygone. Das neue Modell erscheint sofort in der Modellliste jedes Algorithmus (auch für qgis_process: MODEL=Name).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wie&lt;/b&gt;: Das Netz des Basismodells wird unverändert übernommen (seine Merkmale und die Eingabenormierung); neue Ausgabeschichten für Ihre Klassen werden auf seinen Merkmalen von 64×64-Pixel-Fenstern angepasst, die auf den Pixeln Ihrer Polygone zentriert sind (in allen Spiegelungen und Vierteldrehungen), und bei Modellen mit Pro-Pixel-Kopf auf den Spektren der Pixel. Alle Klassen wiegen gleich, unabhängig von ihrer Pixelzahl.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Genauigkeit auf einem getrennten Gebiet&lt;/b&gt;: Die Polygone werden in Blöcke zu 256 Pixeln gruppiert; etwa ein Viertel der Pixel wird in ganzen Blöcken zurückgehalten (Trainingspolygone im Umkreis von 64 Pixeln um ein zurückgehaltenes Polygon werden ausgelassen), und die zurückgehaltenen Pixel werden so klassifiziert, wie „Landbedeckung klassifizieren“ es täte. Gespeichert wird das ohne sie trainierte Modell; seine Modellkarte verzeichnet diese Genauigkeit, die Klassen und Farben (aus dem kategorisierten Stil des Layers, sonst aus einer Palette), die Bänder, die Normierung und die Trainingsdaten.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Wo&lt;/b&gt;: der erste Ordner von $EXPLAINABLE_LULC_MODELS, falls gesetzt, sonst explainable_lulc/models im QGIS-Profil. Ein gleichnamiges Modell dort wird ersetzt.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="75" />
        <source>Training polygons</source>
        <translation>Trainingspolygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="75" />
        <source>Polygons of known class on the image, each well inside one cover type. Any CRS: they are reprojected to the image's. A polygon holds the pixels whose centres lie inside it.</source>
        <translation>Polygone bekannter Klasse auf dem Bild, jedes deutlich innerhalb eines einzigen Bedeckungstyps. Beliebiges KBS: Sie werden in das KBS des Bildes reprojiziert. Ein Polygon umfasst die Pixel, deren Mittelpunkte darin liegen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="81" />
        <source>Class field</source>
        <translation>Klassenfeld</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="81" />
        <source>The field holding each polygon's class (text or numbers): 2 to 20 classes, each with at least 60 labelled pixels.</source>
        <translation>Das Feld mit der Klasse jedes Polygons (Text oder Zahlen): 2 bis 20 Klassen, jede mit mindestens 60 annotierten Pixeln.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="87" />
        <source>Base model</source>
        <translation>Basismodell</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="87" />
        <source>The registered model whose features are reused (its bands are the new model's). auto: the bundled model that uses most of the image's bands.</source>
        <translation>Das registrierte Modell, dessen Merkmale wiederverwendet werden (seine Bänder sind die des neuen Modells). auto: das mitgelieferte Modell, das die meisten Bänder des Bildes nutzt.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="93" />
        <source>New model's name</source>
        <translation>Name des neuen Modells</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="93" />
        <source>Letters, digits, '_', '-' and '.' (up to 64): how the model is listed and chosen, e.g. MODEL=my_wetlands in qgis_process.</source>
        <translation>Buchstaben, Ziffern, „_“, „-“ und „.“ (bis zu 64): So wird das Modell aufgeführt und gewählt, z. B. MODEL=my_wetlands in qgis_process.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="98" />
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="98" />
        <source>Full passes over the training samples (L-BFGS iterations) when fitting the new output layers.</source>
        <translation>Vollständige Durchläufe über die Trainingsstichproben (L-BFGS-Iterationen) beim Anpassen der neuen Ausgabeschichten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="104" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="104" />
        <source>Seeds the held-out blocks, the samples and the fitting: the same seed gives the same model.</source>
        <translation>Startwert für die zurückgehaltenen Blöcke, die Stichproben und die Anpassung: Derselbe Startwert ergibt dasselbe Modell.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="112" />
        <source>Model card</source>
        <translation>Modellkarte</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="113" />
        <source>Model name</source>
        <translation>Modellname</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="114" />
        <source>Held-out accuracy</source>
        <translation>Genauigkeit auf zurückgehaltenen Daten</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="121" />
        <source>NAME '{name}' must be 1 to 64 letters, digits, '_', '-' or '.', e.g. my_wetlands.</source>
        <translation>NAME „{name}“ muss aus 1 bis 64 Buchstaben, Ziffern, „_“, „-“ oder „.“ bestehen, z. B. my_wetlands.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="124" />
        <source>NAME '{name}' is a bundled model's; choose another name.</source>
        <translation>NAME „{name}“ gehört einem mitgelieferten Modell; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="143" />
        <source>REFERENCE is not a polygon layer.</source>
        <translation>REFERENCE ist kein Polygonlayer.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="149" />
        <source>Polygons reprojected from {source} to the image's {target}</source>
        <translation>Polygone von {source} in das KBS des Bildes, {target}, reprojiziert</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="152" />
        <source>{count} polygon(s) without a class in {field} left out</source>
        <translation>{count} Polygon(e) ohne Klasse in {field} ausgelassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="158" />
        <source>{count} polygon(s) cover no valid pixel of the image (outside it, on nodata, or smaller than a pixel) and were left out</source>
        <translation>{count} Polygon(e) überdecken kein gültiges Pixel des Bildes (außerhalb davon, auf NoData oder kleiner als ein Pixel) und wurden ausgelassen</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="162" />
        <source>{polygons} polygons, {classes} classes: {counts}</source>
        <translation>{polygons} Polygone, {classes} Klassen: {counts}</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="169" />
        <source>{name}: {classes} from {layer} (features of {base})</source>
        <translation>{name}: {classes} aus {layer} (Merkmale von {base})</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="184" />
        <source>No spatially separate part could be held out (the polygons are too few or too close together): the card has no held-out accuracy.</source>
        <translation>Es konnte kein räumlich getrennter Teil zurückgehalten werden (zu wenige oder zu dicht beieinander liegende Polygone): Die Modellkarte enthält keine Genauigkeit auf zurückgehaltenen Daten.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="188" />
        <source>Held-out accuracy {accuracy:.1%} ({low:.1%}–{high:.1%}) on {pixels:,} pixels of {polygons} spatially separate polygons; kappa {kappa:.3f}</source>
        <translation>Genauigkeit auf zurückgehaltenen Daten {accuracy:.1%} ({low:.1%}–{high:.1%}) auf {pixels:,} Pixeln von {polygons} räumlich getrennten Polygonen; Kappa {kappa:.3f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="192" />
        <source>Trained in {seconds:.1f} s; model {name} written to {path}</source>
        <translation>Trainiert in {seconds:.1f} s; Modell {name} nach {path} geschrieben</translation>
    </message>
</context>
<context>
    <name>dependencies</name>
    <message>
        <location filename="../processing_provider/dependencies.py" line="17" />
        <source>On Debian and Ubuntu install the system's rasterio, which is built on QGIS's GDAL: sudo apt install python3-rasterio</source>
        <translation>Installieren Sie unter Debian und Ubuntu das rasterio des Systems, das auf dem GDAL von QGIS aufbaut: sudo apt install python3-rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="20" />
        <source>Install your distribution's rasterio package (built on the system GDAL that QGIS uses), or build rasterio against it: GDAL_CONFIG=$(which gdal-config) python3 -m pip install --no-binary rasterio rasterio</source>
        <translation>Installieren Sie das rasterio-Paket Ihrer Distribution (gebaut auf dem System-GDAL, das QGIS nutzt), oder bauen Sie rasterio dagegen: GDAL_CONFIG=$(which gdal-config) python3 -m pip install --no-binary rasterio rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="24" />
        <source>With QGIS from OSGeo4W or the QGIS installer: run the OSGeo4W setup (Advanced install) and add the package python3-rasterio, which is built on QGIS's GDAL.</source>
        <translation>Bei QGIS aus OSGeo4W oder dem QGIS-Installer: Starten Sie das OSGeo4W-Setup (Advanced install) und fügen Sie das Paket python3-rasterio hinzu, das auf dem GDAL von QGIS aufbaut.</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="27" />
        <source>With QGIS.app: build rasterio against QGIS's GDAL: GDAL_CONFIG=/Applications/QGIS.app/Contents/MacOS/bin/gdal-config /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --no-binary rasterio rasterio</source>
        <translation>Bei QGIS.app: Bauen Sie rasterio gegen das GDAL von QGIS: GDAL_CONFIG=/Applications/QGIS.app/Contents/MacOS/bin/gdal-config /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --no-binary rasterio rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="65" />
        <source>rasterio carries its own GDAL ({folder})</source>
        <translation>rasterio bringt ein eigenes GDAL mit ({folder})</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="72" />
        <source>rasterio uses GDAL {ours} but QGIS uses GDAL {theirs}</source>
        <translation>rasterio nutzt GDAL {ours}, QGIS aber GDAL {theirs}</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="76" />
        <source>two GDAL libraries are loaded: {names}</source>
        <translation>zwei GDAL-Bibliotheken sind geladen: {names}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../engine/bands.py" line="73" />
        <source>BANDS: {band} is given twice; each band may appear once.</source>
        <translation>BANDS: {band} ist doppelt angegeben; jedes Band darf nur einmal vorkommen.</translation>
    </message>
    <message>
        <location filename="../engine/device.py" line="14" />
        <source>DEVICE must be one of {choices}, not '{choice}'.</source>
        <translation>DEVICE muss einer der Werte {choices} sein, nicht „{choice}“.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="35" />
        <source>Auto (from data type and values)</source>
        <translation>Auto (aus Datentyp und Werten)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="36" />
        <source>Digital numbers (reflectance × 10000)</source>
        <translation>Digitalwerte (Reflexion × 10000)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="37" />
        <source>Digital numbers + 1000 offset (processing baseline ≥ 04.00, 2022 on)</source>
        <translation>Digitalwerte + 1000 Offset (Prozessierungs-Baseline ≥ 04.00, ab 2022)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="39" />
        <source>Reflectance (0–1)</source>
        <translation>Reflexion (0–1)</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="51" />
        <source>The model needs band(s) {missing}, which the layer lacks (its bands: {present}). Choose a model that uses only these bands, or correct BANDS.</source>
        <translation>Das Modell benötigt Band/Bänder {missing}, die dem Layer fehlen (seine Bänder: {present}). Wählen Sie ein Modell, das nur diese Bänder nutzt, oder korrigieren Sie BANDS.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="67" />
        <source>BANDS: '{item}' is not a Sentinel-2 band name. Use names such as B02, B8A or B11, one per layer band.</source>
        <translation>BANDS: „{item}“ ist kein Sentinel-2-Bandname. Verwenden Sie Namen wie B02, B8A oder B11, einen je Layerband.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="80" />
        <source>BANDS names {given} band(s) but the layer has {count}: give one name per layer band, in the layer's order.</source>
        <translation>BANDS nennt {given} Band/Bänder, der Layer hat aber {count}: Geben Sie einen Namen je Layerband an, in der Reihenfolge des Layers.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="99" />
        <source>The layer has {count} band(s); a land-cover model needs at least the blue, green and red bands (B02, B03, B04). Load a multi-band Sentinel-2 stack or a VRT of its bands.</source>
        <translation>Der Layer hat {count} Band/Bänder; ein Landbedeckungsmodell benötigt mindestens das blaue, grüne und rote Band (B02, B03, B04). Laden Sie einen mehrbandigen Sentinel-2-Stapel oder ein VRT seiner Bänder.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="131" />
        <source>Cannot tell which Sentinel-2 band each of the layer's {count} bands is: its band descriptions are not band names and there is no standard order for {count} bands. Give them in BANDS, e.g. B02,B03,B04.</source>
        <translation>Es lässt sich nicht bestimmen, welches Sentinel-2-Band jedes der {count} Bänder des Layers ist: Seine Bandbeschreibungen sind keine Bandnamen, und für {count} Bänder gibt es keine Standardreihenfolge. Geben Sie sie in BANDS an, z. B. B02,B03,B04.</translation>
    </message>
    <message>
        <location filename="../engine/device.py" line="22" />
        <source>DEVICE is cuda but PyTorch sees no CUDA GPU (PyTorch {version}). Choose auto or cpu, or install a CUDA build of PyTorch.</source>
        <translation>DEVICE ist cuda, aber PyTorch erkennt keine CUDA-GPU (PyTorch {version}). Wählen Sie auto oder cpu, oder installieren Sie eine CUDA-Variante von PyTorch.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="96" />
        <source>The raster is {width}×{height} pixels; the model looks at {size}×{size} windows, so it needs at least that. Use a larger extent.</source>
        <translation>Das Raster hat {width}×{height} Pixel; das Modell betrachtet Fenster von {size}×{size} Pixeln und braucht daher mindestens so viel. Verwenden Sie eine größere Ausdehnung.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/gradcam.py" line="73" />
        <source>LAYER '{layer}' is not a convolutional layer of model {model}. Choose one of: {names} (empty: the last, {default}).</source>
        <translation>LAYER „{layer}“ ist keine Faltungsschicht des Modells {model}. Wählen Sie eine von: {names} (leer: die letzte, {default}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="109" />
        <source>Grad-CAM</source>
        <translation>Grad-CAM</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="109" />
        <source>Guided Grad-CAM</source>
        <translation>Guided Grad-CAM</translation>
    </message>
    <message>
        <location filename="../engine/explanations/runner.py" line="30" />
        <source>Unknown TARGET class '{name}'. Choose predicted or one of: {names}.</source>
        <translation>Unbekannte TARGET-Klasse „{name}“. Wählen Sie predicted oder eine von: {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="118" />
        <source>Spectral bands</source>
        <translation>Spektralbänder</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="105" />
        <source>Band groups (visible, red edge, NIR, SWIR, atmospheric)</source>
        <translation>Bandgruppen (sichtbar, Red Edge, NIR, SWIR, atmosphärisch)</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="106" />
        <source>Superpixels (SLIC, per 64×64 patch)</source>
        <translation>Superpixel (SLIC, je 64×64-Ausschnitt)</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="92" />
        <source>Unknown BACKGROUND '{name}'. Choose one of: {names}.</source>
        <translation>Unbekannter BACKGROUND „{name}“. Wählen Sie einen von: {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/coalitions.py" line="113" />
        <source>N_SAMPLES={budget} is too small for {features} features: sampling needs at least {minimum} model evaluations (one permutation and its reverse), exact values {exact}. Raise N_SAMPLES or choose fewer features (band groups).</source>
        <translation>N_SAMPLES={budget} ist zu klein für {features} Merkmale: Sampling benötigt mindestens {minimum} Modellauswertungen (eine Permutation und ihre Umkehrung), exakte Werte {exact}. Erhöhen Sie N_SAMPLES oder wählen Sie weniger Merkmale (Bandgruppen).</translation>
    </message>
    <message>
        <location filename="../engine/reader.py" line="21" />
        <source>Cannot read {path}: {reason}. The file may be damaged or incomplete (e.g. an interrupted download or copy): download or export it again.</source>
        <translation>{path} kann nicht gelesen werden: {reason}. Die Datei ist möglicherweise beschädigt oder unvollständig (z. B. ein abgebrochener Download oder Kopiervorgang): Laden Sie sie erneut herunter oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="88" />
        <source>INPUT_SCALE says reflectance (0–1), but 1 % of the values exceed {high:.0f}: these are digital numbers. Choose auto or digital numbers.</source>
        <translation>INPUT_SCALE gibt Reflexion (0–1) an, aber 1 % der Werte übersteigen {high:.0f}: Das sind Digitalwerte. Wählen Sie Auto oder Digitalwerte.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="92" />
        <source>INPUT_SCALE says digital numbers, but the values are floating point up to {high:.3f} (99th percentile): this is reflectance (0–1). Choose auto or reflectance.</source>
        <translation>INPUT_SCALE gibt Digitalwerte an, aber die Werte sind Gleitkommazahlen bis {high:.3f} (99. Perzentil): Das ist Reflexion (0–1). Wählen Sie Auto oder Reflexion.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="107" />
        <source>INPUT_SCALE says digital numbers with the +1000 offset, but {share:.0f} % of the values are below 1000, which the offset makes impossible: the data has no offset. Choose auto or digital numbers.</source>
        <translation>INPUT_SCALE gibt Digitalwerte mit dem +1000-Offset an, aber {share:.0f} % der Werte liegen unter 1000, was der Offset ausschließt: Die Daten haben keinen Offset. Wählen Sie Auto oder Digitalwerte.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="76" />
        <source>Cannot open {path} as a raster: {reason}. The file may be damaged or incomplete (e.g. an interrupted download): download or export it again.</source>
        <translation>{path} kann nicht als Raster geöffnet werden: {reason}. Die Datei ist möglicherweise beschädigt oder unvollständig (z. B. ein abgebrochener Download): Laden Sie sie erneut herunter oder exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="83" />
        <source>{path} holds complex numbers ({dtype}); Sentinel-2 images hold real reflectance or digital numbers. Use the optical product, or convert the raster to real values (e.g. Raster calculator) first.</source>
        <translation>{path} enthält komplexe Zahlen ({dtype}); Sentinel-2-Bilder enthalten reelle Reflexionswerte oder Digitalwerte. Verwenden Sie das optische Produkt oder wandeln Sie das Raster zuerst in reelle Werte um (z. B. mit dem Rasterrechner).</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="90" />
        <source>{path} is signed 8-bit (int8): it cannot hold Sentinel-2 digital numbers (0–10000 and more) or reflectance. Use the original 16-bit or float product.</source>
        <translation>{path} ist vorzeichenbehaftet 8-Bit (int8): Es kann weder Sentinel-2-Digitalwerte (0–10000 und mehr) noch Reflexion aufnehmen. Verwenden Sie das ursprüngliche 16-Bit- oder Gleitkommaprodukt.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="151" />
        <source>{path}: no valid pixel in an even sample of {count} pixels of its bands {bands} (all nodata: the declared nodata value, NaN, or every band zero). Check the layer's extent and its nodata value.</source>
        <translation>{path}: kein gültiges Pixel in einer gleichmäßigen Stichprobe von {count} Pixeln seiner Bänder {bands} (alle NoData: der deklarierte NoData-Wert, NaN oder alle Bänder null). Prüfen Sie die Ausdehnung des Layers und seinen NoData-Wert.</translation>
    </message>
    <message>
        <location filename="../engine/writer.py" line="84" />
        <source>Cannot write the output {path}: {reason}. Check that the disk has room and that you may write there.</source>
        <translation>Die Ausgabe {path} kann nicht geschrieben werden: {reason}. Prüfen Sie, ob auf dem Datenträger Platz ist und ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../engine/memory.py" line="52" />
        <source>TILE_SIZE {tile} with BATCH_SIZE {batch} needs about {needed:.1f} GB of memory; runs are limited to half of this machine's {total:.1f} GB ({limit:.1f} GB). Lower TILE_SIZE (e.g. 512) or BATCH_SIZE: results do not depend on them.</source>
        <translation>TILE_SIZE {tile} mit BATCH_SIZE {batch} benötigt etwa {needed:.1f} GB Speicher; Läufe sind auf die Hälfte der {total:.1f} GB dieses Rechners begrenzt ({limit:.1f} GB). Verringern Sie TILE_SIZE (z. B. 512) oder BATCH_SIZE: Die Ergebnisse hängen nicht davon ab.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="251" />
        <source>{parameter} would overwrite {input} ({path}), which this run reads. Choose another output file.</source>
        <translation>{parameter} würde {input} ({path}) überschreiben, das dieser Lauf liest. Wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="256" />
        <source>{first} and {second} name the same file ({path}): one would overwrite the other. Choose another file name for one of them.</source>
        <translation>{first} und {second} bezeichnen dieselbe Datei ({path}): Eines würde das andere überschreiben. Wählen Sie für einen der beiden einen anderen Dateinamen.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="262" />
        <source>{parameter} names the folder {path}; give a file name inside it instead.</source>
        <translation>{parameter} bezeichnet den Ordner {path}; geben Sie stattdessen einen Dateinamen darin an.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="266" />
        <source>{parameter} must be a GeoTIFF file (.tif or .tiff), not '{name}': other formats cannot hold the georeferencing, nodata and class names this output carries.</source>
        <translation>{parameter} muss eine GeoTIFF-Datei sein (.tif oder .tiff), nicht „{name}“: Andere Formate können die Georeferenzierung, NoData und die Klassennamen dieser Ausgabe nicht aufnehmen.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="312" />
        <source>Another run is writing {path} ({parameter}) right now. Wait for it to finish, or choose another output file.</source>
        <translation>Ein anderer Lauf schreibt gerade {path} ({parameter}). Warten Sie, bis er fertig ist, oder wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="322" />
        <source>Cannot write {parameter} to {path}: {reason}. Choose a folder you can write to.</source>
        <translation>{parameter} kann nicht nach {path} geschrieben werden: {reason}. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../engine/classify.py" line="30" />
        <source>Model {model} has {count} classes; with clouds masked the class raster holds at most {limit}. Set CLOUD_MASK to off.</source>
        <translation>Modell {model} hat {count} Klassen; mit maskierten Wolken fasst das Klassenraster höchstens {limit}. Setzen Sie CLOUD_MASK auf off.</translation>
    </message>
    <message>
        <location filename="../engine/clouds.py" line="151" />
        <source>CLOUD_MASK is on, but the cloud detector needs at least B02, B03, B04 and B08 (better also B11 and B12); the layer has {bands}. Choose auto or off.</source>
        <translation>CLOUD_MASK ist on, aber der Wolkendetektor benötigt mindestens B02, B03, B04 und B08 (besser auch B11 und B12); der Layer hat {bands}. Wählen Sie auto oder off.</translation>
    </message>
    <message>
        <location filename="../engine/clouds.py" line="219" />
        <source>Cannot read {path} to find clouds: {reason}.</source>
        <translation>{path} kann für die Wolkenerkennung nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="83" />
        <source>Unknown {option} '{name}'. Choose one of: {names}.</source>
        <translation>Unbekannter Wert für {option}: „{name}“. Wählen Sie einen von: {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="100" />
        <source>Training-set band means</source>
        <translation>Bandmittelwerte des Trainingsdatensatzes</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="100" />
        <source>Blurred copy of the image</source>
        <translation>Weichgezeichnete Kopie des Bildes</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="29" />
        <source>the visible bands</source>
        <translation>die sichtbaren Bänder</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="30" />
        <source>the red edge</source>
        <translation>der Red-Edge-Bereich</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="31" />
        <source>the near-infrared</source>
        <translation>das nahe Infrarot</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="32" />
        <source>the short-wave infrared</source>
        <translation>das kurzwellige Infrarot</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="33" />
        <source>the atmospheric bands</source>
        <translation>die atmosphärischen Bänder</translation>
    </message>
    <message>
        <location filename="../engine/explanations/lime_weights.py" line="131" />
        <source>N_SAMPLES={budget} is too small: LIME fits a linear model to perturbed samples and needs at least 2 (lime's default is 1000).</source>
        <translation>N_SAMPLES={budget} ist zu klein: LIME passt ein lineares Modell an gestörte Stichproben an und benötigt mindestens 2 (Standard von lime: 1000).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>very low</source>
        <translation>sehr niedrig</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>typical</source>
        <translation>typisch</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>very high</source>
        <translation>sehr hoch</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="86" />
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="93" />
        <source>band {name}</source>
        <translation>das Band {name}</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), well ahead of {second} ({q}).</source>
        <translation>Klassifiziert als {first} ({p}), klar vor {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), ahead of {second} ({q}).</source>
        <translation>Klassifiziert als {first} ({p}), vor {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), only narrowly ahead of {second} ({q}).</source>
        <translation>Klassifiziert als {first} ({p}), nur knapp vor {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="117" />
        <source>{feature} ({value})</source>
        <translation>{feature} ({value})</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="120" />
        <source>{feature} ({level} here, {value})</source>
        <translation>{feature} (hier {level}, {value})</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="137" />
        <source>Mostly because of {items}, pushing towards {target}.</source>
        <translation>Vor allem spricht für {target}: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="138" />
        <source>Because of {items}, pushing towards {target}.</source>
        <translation>Für {target} spricht: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="139" />
        <source>No feature matters much; the largest push towards {target} comes from {items}.</source>
        <translation>Kein Merkmal fällt stark ins Gewicht; am meisten für {target} spricht: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="145" />
        <source>No feature pushes towards {target}.</source>
        <translation>Kein Merkmal spricht für {target}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="149" />
        <source>{items} argue strongly against it.</source>
        <translation>Stark dagegen spricht: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="150" />
        <source>{items} argue against it.</source>
        <translation>Dagegen spricht: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="151" />
        <source>{items} argue slightly against it.</source>
        <translation>Leicht dagegen spricht: {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="158" />
        <source>north-west</source>
        <translation>Nordwesten</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="158" />
        <source>north</source>
        <translation>Norden</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="159" />
        <source>north-east</source>
        <translation>Nordosten</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="159" />
        <source>west</source>
        <translation>Westen</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="160" />
        <source>centre</source>
        <translation>Zentrum</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="160" />
        <source>east</source>
        <translation>Osten</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="161" />
        <source>south-west</source>
        <translation>Südwesten</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="161" />
        <source>south</source>
        <translation>Süden</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="162" />
        <source>south-east</source>
        <translation>Südosten</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="177" />
        <source>The map shows no evidence for {target} in this window.</source>
        <translation>Die Karte zeigt in diesem Fenster keine Hinweise auf {target}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="194" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}: it points at what the model uses.</source>
        <translation>Entfernt man die {fraction} der Eingabe, die diese Erklärung am höchsten einstuft, ändert sich die Wahrscheinlichkeit für {target} um {top}; entfernt man ebenso viel zufällig, um {random}: Die Erklärung zeigt also auf das, was das Modell tatsächlich nutzt.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="203" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}: read it with care.</source>
        <translation>Entfernt man die {fraction} der Eingabe, die diese Erklärung am höchsten einstuft, ändert sich die Wahrscheinlichkeit für {target} um {top}; entfernt man ebenso viel zufällig, um {random}: Die Erklärung ist mit Vorsicht zu lesen.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="254" />
        <source>{name} covers {share} of the valid pixels.</source>
        <translation>{name} bedeckt {share} der gültigen Pixel.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="271" />
        <source>the class explained</source>
        <translation>die erklärte Klasse</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="145" />
        <source>No bundled model can run on bands {bands}: each needs at least B02, B03 and B04. Check BANDS.</source>
        <translation>Kein mitgeliefertes Modell kann mit den Bändern {bands} arbeiten: Jedes benötigt mindestens B02, B03 und B04. Prüfen Sie BANDS.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="150" />
        <source>Unknown MODEL '{name}'. Known: {names}.</source>
        <translation>Unbekanntes MODEL „{name}“. Bekannt: {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/window.py" line="74" />
        <source>The place clicked lies outside {path} ({width}×{height} pixels). Click on the layer.</source>
        <translation>Die angeklickte Stelle liegt außerhalb von {path} ({width}×{height} Pixel). Klicken Sie auf den Layer.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/window.py" line="182" />
        <source>The window around the place clicked holds only nodata in {path}. Click where the image has data.</source>
        <translation>Das Fenster um die angeklickte Stelle enthält in {path} nur NoData. Klicken Sie dorthin, wo das Bild Daten hat.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="132" />
        <source>None of the {count} polygons covers a valid pixel of the image: they lie outside it (check the layers' CRS and extent) or on nodata.</source>
        <translation>Keines der {count} Polygone überdeckt ein gültiges Pixel des Bildes: Sie liegen außerhalb davon (prüfen Sie KBS und Ausdehnung der Layer) oder auf NoData.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="137" />
        <source>The polygons over the image hold one class only ({name} in field {field}); a model needs {minimum} to {maximum} classes. Digitise polygons of the other classes too, or choose the field with the classes.</source>
        <translation>Die Polygone über dem Bild enthalten nur eine Klasse ({name} im Feld {field}); ein Modell benötigt {minimum} bis {maximum} Klassen. Digitalisieren Sie auch Polygone der anderen Klassen, oder wählen Sie das Feld mit den Klassen.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="142" />
        <source>Field {field} holds {count} classes in the polygons over the image; a model can learn {minimum} to {maximum}. Merge classes, or choose another field.</source>
        <translation>Das Feld {field} enthält in den Polygonen über dem Bild {count} Klassen; ein Modell kann {minimum} bis {maximum} lernen. Fassen Sie Klassen zusammen oder wählen Sie ein anderes Feld.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="152" />
        <source>Too few labelled pixels for class(es) {classes}: each needs at least {minimum} (half for training, half to test on a separate area). Digitise more or larger polygons of them.</source>
        <translation>Zu wenige annotierte Pixel für Klasse(n) {classes}: Jede benötigt mindestens {minimum} (die Hälfte zum Training, die Hälfte zum Testen auf einem getrennten Gebiet). Digitalisieren Sie mehr oder größere Polygone davon.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="486" />
        <source>No 64×64 window is centred on the training polygons of class(es) {classes} (their pixels must include 2×2 blocks). Digitise larger polygons of them.</source>
        <translation>Kein 64×64-Fenster ist auf die Trainingspolygone der Klasse(n) {classes} zentriert (ihre Pixel müssen 2×2-Blöcke enthalten). Digitalisieren Sie größere Polygone davon.</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.py" line="184" />
        <source>Every pixel of the input is nodata (declared nodata, or all bands zero): there is nothing to process. Check {path} and its nodata value.</source>
        <translation>Jedes Pixel der Eingabe ist NoData (deklariertes NoData oder alle Bänder null): Es gibt nichts zu verarbeiten. Prüfen Sie {path} und seinen NoData-Wert.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="63" />
        <source>Cannot open {path} as a raster: {reason}. The file may be damaged or incomplete: export it again.</source>
        <translation>{path} kann nicht als Raster geöffnet werden: {reason}. Die Datei ist möglicherweise beschädigt oder unvollständig: Exportieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="67" />
        <source>{path} holds {dtype} values; a class raster holds whole numbers (one value per class). Choose the land-cover map, not a probability or image layer.</source>
        <translation>{path} enthält {dtype}-Werte; ein Klassenraster enthält ganze Zahlen (ein Wert je Klasse). Wählen Sie die Landbedeckungskarte, keinen Wahrscheinlichkeits- oder Bildlayer.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="185" />
        <source>Reference geometry of type {kind}: use points or polygons.</source>
        <translation>Referenzgeometrie vom Typ {kind}: Verwenden Sie Punkte oder Polygone.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="273" />
        <source>CLASS_MAP entry '{entry}' is not 'reference class=map class, map class'. Example: water=River,SeaLake; forest=Forest</source>
        <translation>Der CLASS_MAP-Eintrag „{entry}“ hat nicht die Form „Referenzklasse=Kartenklasse, Kartenklasse“. Beispiel: Wasser=River,SeaLake; Wald=Forest</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="278" />
        <source>CLASS_MAP names the reference class '{name}' twice; list all its map classes in one entry.</source>
        <translation>CLASS_MAP nennt die Referenzklasse „{name}“ zweimal; führen Sie alle ihre Kartenklassen in einem Eintrag auf.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="316" />
        <source>CLASS_MAP entry '{entry}' names '{name}', which is not a class of the map. The map's classes: {names}.{hint}</source>
        <translation>Der CLASS_MAP-Eintrag „{entry}“ nennt „{name}“, das keine Klasse der Karte ist. Die Klassen der Karte: {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="329" />
        <source>CLASS_MAP puts the map class '{name}' into two reference classes; a map class can belong to one only.</source>
        <translation>CLASS_MAP ordnet die Kartenklasse „{name}“ zwei Referenzklassen zu; eine Kartenklasse kann nur zu einer gehören.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="347" />
        <source>The reference class '{name}' (field {field}) is not a class of the map: {names}.{hint} Use the map's class names, or say which map classes it stands for with CLASS_MAP, e.g. {name}=Forest.</source>
        <translation>Die Referenzklasse „{name}“ (Feld {field}) ist keine Klasse der Karte: {names}.{hint} Verwenden Sie die Klassennamen der Karte, oder geben Sie mit CLASS_MAP an, für welche Kartenklassen sie steht, z. B. {name}=Forest.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="117" />
        <source>BATCH_SIZE must be at least 1, not {size}.</source>
        <translation>BATCH_SIZE muss mindestens 1 sein, nicht {size}.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="160" />
        <source>CLOUD_MASK must be one of {choices}, not '{choice}'.</source>
        <translation>CLOUD_MASK muss einer von {choices} sein, nicht '{choice}'.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="166" />
        <source>CLOUD_MASK is on, but the packages ukis-csmask and onnxruntime are missing. Install them (in QGIS: Raster ▸ Explainable LULC ▸ Install dependencies…) or choose off.</source>
        <translation>CLOUD_MASK ist an, aber die Pakete ukis-csmask und onnxruntime fehlen. Installieren Sie sie (in QGIS: Raster ▸ Explainable LULC ▸ Abhängigkeiten installieren…) oder wählen Sie off.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="125" />
        <source>Cannot tell which Sentinel-2 band each of the layer's {count} bands is: they have no band descriptions and there is no standard order for {count} bands. Give them in BANDS, in the layer's order (a true-colour image is B04,B03,B02).</source>
        <translation>Es lässt sich nicht sagen, welches Sentinel-2-Band jedes der {count} Bänder des Layers ist: Sie haben keine Bandbeschreibungen, und für {count} Bänder gibt es keine Standardreihenfolge. Geben Sie sie in BANDS in der Reihenfolge des Layers an (ein Echtfarbbild ist B04,B03,B02).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="233" />
        <source>This explanation is flat on every window tested: nothing in them stands out for {target}, so there is nothing to test.</source>
        <translation>Diese Erklärung ist in jedem getesteten Fenster flach: Nichts darin hebt sich für {target} hervor, daher gibt es nichts zu testen.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="99" />
        <source>INPUT_SCALE says digital numbers with the +1000 offset, but the cirrus band B10 has a median of {median:.0f}: with the offset it sits near 1000 or above, without it near 0. The data has no offset: choose auto or digital numbers.</source>
        <translation>INPUT_SCALE gibt digitale Werte mit dem Versatz +1000 an, aber das Zirrusband B10 hat einen Median von {median:.0f}: Mit dem Versatz liegt es bei 1000 oder darüber, ohne ihn nahe 0. Die Daten haben keinen Versatz: Wählen Sie auto oder digitale Werte.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="161" />
        <source>{path}: its {count} bands were taken in the standard order (no band descriptions, no BANDS), but the band read as B10 (cirrus, band {index}) is darker than those read as B01 and B09 in only {share:.0f} % of the pixels, where the cirrus band is the darkest of the three almost everywhere: the bands are in another order. Give their order in BANDS (e.g. B04,B03,B02,B08,…) or write band descriptions.</source>
        <translation>{path}: Seine {count} Bänder wurden in der Standardreihenfolge gelesen (keine Bandbeschreibungen, kein BANDS), aber das als B10 (Zirrus, Band {index}) gelesene Band ist nur in {share:.0f} % der Pixel dunkler als die als B01 und B09 gelesenen, während das Zirrusband fast überall das dunkelste der drei ist: Die Bänder liegen in einer anderen Reihenfolge vor. Geben Sie ihre Reihenfolge in BANDS an (z. B. B04,B03,B02,B08,…) oder schreiben Sie Bandbeschreibungen.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="108" />
        <source>Band {alpha} of the layer is an alpha band: it holds transparency, not a Sentinel-2 band. Save the other bands alone (Raster ▸ Conversion ▸ Translate, or gdal_translate {keep}) and use that layer.</source>
        <translation>Band {alpha} des Layers ist ein Alphaband: Es enthält Transparenz, kein Sentinel-2-Band. Speichern Sie die übrigen Bänder allein (Raster ▸ Konvertierung ▸ Übersetzen, oder gdal_translate {keep}) und verwenden Sie diesen Layer.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="197" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}; removed step by step, what it ranks highest lowers the probability much faster than random (mean {area} along the way, against {random_area}): it points at what the model uses, though not all of it within its top {fraction}.</source>
        <translation>Entfernt man die {fraction} der Eingabe, die diese Erklärung am höchsten einstuft, ändert sich die Wahrscheinlichkeit für {target} um {top}; entfernt man ebenso viel zufällig, um {random}; Schritt für Schritt entfernt, senkt das am höchsten Eingestufte die Wahrscheinlichkeit viel schneller als der Zufall (im Mittel {area} auf dem Weg, gegenüber {random_area}): Die Erklärung zeigt auf das, was das Modell nutzt, wenn auch nicht alles davon in ihren obersten {fraction}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="206" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}, and step by step too it does no better than random: do not rely on it here.</source>
        <translation>Entfernt man die {fraction} der Eingabe, die diese Erklärung am höchsten einstuft, ändert sich die Wahrscheinlichkeit für {target} um {top}; entfernt man ebenso viel zufällig, um {random}, und auch Schritt für Schritt ist sie nicht besser als der Zufall: Verlassen Sie sich hier nicht auf sie.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>descriptions</source>
        <translation>Beschreibungen</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>colour interpretation</source>
        <translation>Farbinterpretation</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>band count</source>
        <translation>Bandanzahl</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="75" />
        <source>8-bit data (uint8) cannot hold Sentinel-2 digital numbers: this looks like a display product (stretched true colour). The models expect reflectance; expect poor results, and use the 16-bit product where you can.</source>
        <translation>8-Bit-Daten (uint8) können keine Sentinel-2-Digitalwerte fassen: Das sieht nach einem Anzeigeprodukt aus (gestreckte Echtfarben). Die Modelle erwarten Reflexion; rechnen Sie mit schlechten Ergebnissen und verwenden Sie nach Möglichkeit das 16-Bit-Produkt.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="112" />
        <source>{share:.1f} % of the values are below 1000, which the +1000 offset should make rare: check that the product really carries the offset</source>
        <translation>{share:.1f} % der Werte liegen unter 1000, was der +1000-Offset selten machen sollte: Prüfen Sie, ob das Produkt den Offset wirklich trägt</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="116" />
        <source>the 99th percentile of the values is {high:.2f}, above reflectance's usual range (0–1.5)</source>
        <translation>das 99. Perzentil der Werte ist {high:.2f}, über dem üblichen Bereich der Reflexion (0–1,5)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="119" />
        <source>the 99th percentile of the values is only {high:.0f}; digital numbers are usually in the hundreds to thousands</source>
        <translation>das 99. Perzentil der Werte ist nur {high:.0f}; Digitalwerte liegen meist im Hunderter- bis Tausenderbereich</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="122" />
        <source>as requested</source>
        <translation>wie angefordert</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="150" />
        <source>no valid pixel sampled</source>
        <translation>kein gültiges Pixel in der Stichprobe</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="153" />
        <source>float data, 99th percentile {high:.3f} ≤ 1.5: reflectance</source>
        <translation>Gleitkommadaten, 99. Perzentil {high:.3f} ≤ 1,5: Reflexion</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="156" />
        <source>the metadata declares the +1000 offset</source>
        <translation>die Metadaten deklarieren den +1000-Offset</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="161" />
        <source>B10 5th percentile {cirrus:.0f} ≥ 1000: digital numbers with the +1000 offset of processing baseline ≥ 04.00</source>
        <translation>5. Perzentil von B10 {cirrus:.0f} ≥ 1000: Digitalwerte mit dem +1000-Offset der Prozessierungs-Baseline ≥ 04.00</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="164" />
        <source>B10 5th percentile {cirrus:.0f} &lt; 1000: digital numbers without offset</source>
        <translation>5. Perzentil von B10 {cirrus:.0f} &lt; 1000: Digitalwerte ohne Offset</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="166" />
        <source>integer data: digital numbers without offset assumed (for products acquired from 25 Jan 2022 on, choose the +1000 offset in INPUT_SCALE)</source>
        <translation>Ganzzahldaten: Digitalwerte ohne Offset angenommen (für ab dem 25. Jan. 2022 aufgenommene Produkte wählen Sie in INPUT_SCALE den +1000-Offset)</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="53" />
        <source>{level} as the metadata declares</source>
        <translation>{level}, wie die Metadaten deklarieren</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="56" />
        <source>L2A assumed: 12 bands without B10, as ESA's L2A products</source>
        <translation>L2A angenommen: 12 Bänder ohne B10, wie die L2A-Produkte der ESA</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="58" />
        <source>L1C: the layer has B10, which L2A products lack</source>
        <translation>L1C: Der Layer hat B10, das L2A-Produkten fehlt</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="59" />
        <source>L1C assumed; nothing in the layer says L2A</source>
        <translation>L1C angenommen; nichts im Layer weist auf L2A hin</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="176" />
        <source>the band named B10 (cirrus) is darker than those named B01 and B09 in only {share:.0f} % of the pixels, where the cirrus band is the darkest of the three almost everywhere: check the band order</source>
        <translation>das als B10 (Zirrus) benannte Band ist nur in {share:.0f} % der Pixel dunkler als die als B01 und B09 benannten, wo das Zirrusband fast überall das dunkelste der drei ist: Prüfen Sie die Bandreihenfolge</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="171" />
        <source>Where in the window the evidence for {target} lies is not said: Grad-CAM's map did no better than chance here.</source>
        <translation>Wo im Fenster die Hinweise auf {target} liegen, wird nicht gesagt: Die Grad-CAM-Karte war hier nicht besser als der Zufall.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="186" />
        <source>Half of the evidence for {target} lies in {share} of the window, most of it in its {part}.</source>
        <translation>Die Hälfte der Hinweise auf {target} liegt in {share} des Fensters, der größte Teil davon im {part}.</translation>
    </message>
</context>
</TS>