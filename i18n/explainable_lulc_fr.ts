<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>@default</name>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="40" />
        <source>rasterio is missing.</source>
        <translation>rasterio est absent.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="42" />
        <source>The installed rasterio carries its own GDAL ({folder}); two GDALs in one process crash QGIS. Remove it (python -m pip uninstall rasterio).</source>
        <translation>Le rasterio installé embarque sa propre version de GDAL ({folder}) ; deux versions de GDAL dans un même processus font planter QGIS. Désinstallez-le (python -m pip uninstall rasterio).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="46" />
        <source>It is not installed from PyPI, whose rasterio brings a GDAL of its own. </source>
        <translation>Il n'est pas installé depuis PyPI, dont le rasterio embarque sa propre version de GDAL. </translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="58" />
        <source>Explainable LULC: install Python packages</source>
        <translation>Explainable LULC : installer les paquets Python</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="68" />
        <source>PyTorch build:</source>
        <translation>Version de PyTorch :</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="72" />
        <source>Install</source>
        <translation>Installer</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="84" />
        <source>The algorithms need these Python packages, which QGIS's Python lacks: &lt;b&gt;{names}&lt;/b&gt;.</source>
        <translation>Les algorithmes ont besoin de ces paquets Python, absents du Python de QGIS : &lt;b&gt;{names}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="87" />
        <source>Every Python package the algorithms need can be imported. Installing again puts the pinned versions into the plugin's own folder.</source>
        <translation>Tous les paquets Python nécessaires aux algorithmes peuvent être importés. Une nouvelle installation place les versions épinglées dans le dossier propre à l'extension.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="90" />
        <source>QGIS's Python interpreter was not found, so nothing can be installed here. See the README, section 'Installing the Python dependencies'.</source>
        <translation>L'interpréteur Python de QGIS est introuvable : rien ne peut donc être installé ici. Voir le README, section « Installing the Python dependencies ».</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="96" />
        <source>&lt;b&gt;Install&lt;/b&gt; runs &lt;code&gt;{python} -m pip&lt;/code&gt; to put the pinned versions of {pins} into &lt;code&gt;{folder}&lt;/code&gt;: a folder of your QGIS profile that only this plugin uses; QGIS's own Python stays untouched. Progress and &lt;i&gt;Cancel&lt;/i&gt; are in QGIS's status bar, pip's messages in the Log Messages panel (tab {tag}).</source>
        <translation>&lt;b&gt;Installer&lt;/b&gt; exécute &lt;code&gt;{python} -m pip&lt;/code&gt; pour placer les versions épinglées de {pins} dans &lt;code&gt;{folder}&lt;/code&gt; : un dossier de votre profil QGIS que seule cette extension utilise ; le Python de QGIS lui-même reste intact. La progression et &lt;i&gt;Annuler&lt;/i&gt; se trouvent dans la barre d'état de QGIS, les messages de pip dans le panneau Journal des messages (onglet {tag}).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="130" />
        <source>Explainable LULC</source>
        <translation>Explainable LULC</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="112" />
        <source>Installing Python packages in the background (progress and Cancel in the status bar).</source>
        <translation>Installation des paquets Python en arrière-plan (progression et Annuler dans la barre d'état).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="120" />
        <source>{error} QGIS's own Python was not changed. pip's messages are in the Log Messages panel (tab {tag}).</source>
        <translation>{error} Le Python de QGIS n'a pas été modifié. Les messages de pip se trouvent dans le panneau Journal des messages (onglet {tag}).</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="126" />
        <source>Installed into {folder}. Restart QGIS to use them.</source>
        <translation>Installé dans {folder}. Redémarrez QGIS pour les utiliser.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_dialog.py" line="128" />
        <source>Installed into {folder}. The algorithms are ready.</source>
        <translation>Installé dans {folder}. Les algorithmes sont prêts.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="60" />
        <source>CPU (about 200 MB; runs on every computer)</source>
        <translation>CPU (environ 200 Mo ; fonctionne sur tout ordinateur)</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="62" />
        <source>CUDA (NVIDIA GPU; about 2.5 GB more to download)</source>
        <translation>CUDA (GPU NVIDIA ; environ 2.5 Go de plus à télécharger)</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="206" />
        <source>On Debian and Ubuntu: sudo apt install python3-pip. Elsewhere: {python} -m ensurepip.</source>
        <translation>Sous Debian et Ubuntu : sudo apt install python3-pip. Ailleurs : {python} -m ensurepip.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="207" />
        <source>Run {python} -m ensurepip, then try again.</source>
        <translation>Exécutez {python} -m ensurepip, puis réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="208" />
        <source>QGIS's Python ({python}) has no pip. {hint}</source>
        <translation>Le Python de QGIS ({python}) n'a pas pip. {hint}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="255" />
        <source>Installing Python packages for Explainable LULC</source>
        <translation>Installation des paquets Python pour Explainable LULC</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="273" />
        <source>Cannot write into {folder}: {reason}</source>
        <translation>Impossible d'écrire dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="283" />
        <source>pip brought {names} along, which carries its own GDAL and would crash QGIS; nothing was installed.</source>
        <translation>pip a entraîné {names}, qui embarque sa propre version de GDAL et ferait planter QGIS ; rien n'a été installé.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="290" />
        <source>Cannot move the packages into {folder}: {reason}</source>
        <translation>Impossible de déplacer les paquets dans {folder} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="303" />
        <source>Cannot start {python}: {reason}</source>
        <translation>Impossible de lancer {python} : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="368" />
        <source>Cancelled; nothing was installed.</source>
        <translation>Annulé ; rien n'a été installé.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="331" />
        <source>pip could not install the packages ({code}): {reason}</source>
        <translation>pip n'a pas pu installer les paquets ({code}) : {reason}</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="334" />
        <source>A package index could not be reached (see the log): check the internet connection (and pip's proxy settings), then try again.</source>
        <translation>Un index de paquets est injoignable (voir le journal) : vérifiez la connexion internet (et les paramètres de proxy de pip), puis réessayez.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="365" />
        <source>Installed into {folder}.</source>
        <translation>Installé dans {folder}.</translation>
    </message>
    <message>
        <location filename="../plugin/dependency_installer.py" line="368" />
        <source>The install failed.</source>
        <translation>L'installation a échoué.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="345" />
        <source>Explain here</source>
        <translation>Expliquer ici</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="126" />
        <source>Choose the Explain here tool and click on a Sentinel-2 layer.</source>
        <translation>Choisissez l'outil « Expliquer ici » et cliquez sur une couche Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="133" />
        <source>True colour</source>
        <translation>Couleurs vraies</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="133" />
        <source>Grad-CAM, top class</source>
        <translation>Grad-CAM, classe la plus probable</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="145" />
        <source>Explain the whole layer…</source>
        <translation>Expliquer toute la couche…</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="184" />
        <source>{layer}: the 64×64-pixel window from row {row}, column {col}; model {model}; explained in {seconds:.1f} s.</source>
        <translation>{layer} : la fenêtre de 64×64 pixels à partir de la ligne {row}, colonne {col} ; modèle {model} ; expliquée en {seconds:.1f} s.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="194" />
        <source>Class probabilities</source>
        <translation>Probabilités des classes</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="197" />
        <source>SHAP of band groups, for {name}</source>
        <translation>SHAP des groupes de bandes, pour {name}</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="207" />
        <source>How far to trust it</source>
        <translation>Quelle confiance lui accorder</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="305" />
        <source>No Sentinel-2 raster layer (a GDAL file) under the place clicked. Click on the image you want explained.</source>
        <translation>Aucune couche raster Sentinel-2 (un fichier GDAL) sous l'endroit cliqué. Cliquez sur l'image à expliquer.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="346" />
        <source>Click a place on a Sentinel-2 layer: why did the model decide what it did there?</source>
        <translation>Cliquez sur un endroit d'une couche Sentinel-2 : pourquoi le modèle a-t-il décidé ainsi à cet endroit ?</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="204" />
        <source>{method}: flat for this class here, nothing to test.</source>
        <translation>{method} : plate pour cette classe ici, rien à tester.</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="318" />
        <source>Layer '{layer}': {problem}</source>
        <translation>Couche « {layer} » : {problem}</translation>
    </message>
    <message>
        <location filename="../plugin/explain_here.py" line="184" />
        <source>The class map refines each pixel by its own spectrum, so at edges it can differ from this window's class.</source>
        <translation>La carte des classes affine chaque pixel par son propre spectre : aux limites, elle peut donc différer de la classe de cette fenêtre.</translation>
    </message>
</context>
<context>
    <name>AssessAccuracy</name>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="50" />
        <source>Assess LULC accuracy</source>
        <translation>Évaluer la précision de l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="53" />
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="59" />
        <source>&lt;p&gt;How right is a land-cover map? Compares a class raster (from Classify LULC or any categorised raster) with reference points or polygons whose class you know.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the error matrix (map classes in rows, reference classes in columns, with user's and producer's accuracy) as a table; an HTML report; the overall accuracy, kappa and area-adjusted overall accuracy as numbers for the modeler.&lt;/p&gt;&lt;p&gt;The report gives the sample's overall accuracy with its 95 % interval (Wilson), kappa, user's and producer's accuracy and F1 per class, and the &lt;b&gt;area-adjusted&lt;/b&gt; estimates of Olofsson et al. (2014): each map class weighted by its share of the map's pixels, giving overall, user's and producer's accuracy and each class's area with 95 % intervals. Report the estimated areas, not the pixel counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class names&lt;/b&gt; of the map come from the file (category names or attribute table), else its style, else its values. When the reference uses another legend, &lt;b&gt;Class map&lt;/b&gt; says which map classes each reference class stands for, e.g. &lt;i&gt;water=River,SeaLake; forest=Forest&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygons&lt;/b&gt;: every pixel whose centre lies inside, or a few random pixels per polygon (seeded, reproducible). Pixels of one polygon are not independent samples: intervals computed from all of them are too narrow.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Quelle est la justesse d'une carte d'occupation du sol ? Compare un raster de classes (issu de Classifier l'occupation du sol ou de tout raster catégorisé) à des points ou polygones de référence dont vous connaissez la classe.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : la matrice de confusion (classes de la carte en lignes, classes de référence en colonnes, avec précision de l'utilisateur et du producteur) sous forme de table ; un rapport HTML ; la précision globale, le kappa et la précision globale ajustée aux surfaces sous forme de nombres pour le modeleur.&lt;/p&gt;&lt;p&gt;Le rapport donne la précision globale de l'échantillon avec son intervalle à 95 % (Wilson), le kappa, les précisions de l'utilisateur et du producteur et le F1 par classe, ainsi que les estimations &lt;b&gt;ajustées aux surfaces&lt;/b&gt; d'Olofsson et al. (2014) : chaque classe de la carte est pondérée par sa part des pixels de la carte, ce qui donne les précisions globale, de l'utilisateur et du producteur et la surface de chaque classe avec des intervalles à 95 %. Indiquez les surfaces estimées, pas les nombres de pixels.&lt;/p&gt;&lt;p&gt;Les &lt;b&gt;noms de classes&lt;/b&gt; de la carte proviennent du fichier (noms de catégories ou table attributaire), sinon de son style, sinon de ses valeurs. Quand la référence utilise une autre légende, &lt;b&gt;Correspondance des classes&lt;/b&gt; indique quelles classes de la carte chaque classe de référence représente, par ex. &lt;i&gt;eau=River,SeaLake; forêt=Forest&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Polygones&lt;/b&gt; : chaque pixel dont le centre se trouve à l'intérieur, ou quelques pixels aléatoires par polygone (avec graine, reproductible). Les pixels d'un même polygone ne sont pas des échantillons indépendants : des intervalles calculés à partir de tous sont trop étroits.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="79" />
        <source>Land-cover map</source>
        <translation>Carte d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="79" />
        <source>A class raster: one whole number per class (e.g. the output of Classify LULC).</source>
        <translation>Un raster de classes : un nombre entier par classe (par ex. la sortie de Classifier l'occupation du sol).</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="83" />
        <source>Reference points or polygons</source>
        <translation>Points ou polygones de référence</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="83" />
        <source>Places whose class you know (field visits, photo interpretation). Any CRS: they are reprojected to the map's.</source>
        <translation>Lieux dont vous connaissez la classe (visites de terrain, photo-interprétation). SCR quelconque : ils sont reprojetés dans celui de la carte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="89" />
        <source>Reference class field</source>
        <translation>Champ de la classe de référence</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="89" />
        <source>The field holding each feature's class: a class name of the map (any case), a class value, or a class of CLASS_MAP.</source>
        <translation>Le champ contenant la classe de chaque entité : un nom de classe de la carte (casse indifférente), une valeur de classe ou une classe de CLASS_MAP.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="95" />
        <source>Class map (reference class = map classes)</source>
        <translation>Correspondance des classes (classe de référence = classes de la carte)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="95" />
        <source>For a reference legend that differs from the map's: entries 'reference class=map class, map class' separated by ';' or new lines, e.g. water=River,SeaLake; forest=Forest. Map classes by name or value. Map classes not named keep their own class.</source>
        <translation>Pour une légende de référence différente de celle de la carte : des entrées « classe de référence=classe de la carte, classe de la carte » séparées par « ; » ou des retours à la ligne, par ex. eau=River,SeaLake; forêt=Forest. Classes de la carte par nom ou par valeur. Les classes de la carte non citées gardent leur propre classe.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Pixels of each polygon</source>
        <translation>Pixels de chaque polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Every pixel inside</source>
        <translation>Tous les pixels à l'intérieur</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Random pixels (see below)</source>
        <translation>Pixels aléatoires (voir ci-dessous)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="102" />
        <source>Which pixels of a reference polygon are samples: every pixel whose centre lies inside it, or a number of them drawn at random. Points always give the pixel they fall on.</source>
        <translation>Quels pixels d'un polygone de référence servent d'échantillons : chaque pixel dont le centre se trouve à l'intérieur, ou un certain nombre d'entre eux tirés au hasard. Les points donnent toujours le pixel sur lequel ils tombent.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="109" />
        <source>Random pixels per polygon</source>
        <translation>Pixels aléatoires par polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="109" />
        <source>With random pixels: how many per polygon (all of a smaller polygon's).</source>
        <translation>Avec des pixels aléatoires : combien par polygone (tous ceux d'un polygone plus petit).</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="114" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="114" />
        <source>The same seed draws the same pixels.</source>
        <translation>La même graine tire les mêmes pixels.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="119" />
        <source>Error matrix</source>
        <translation>Matrice de confusion</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="119" />
        <source>A table: a row per map class with its sample counts per reference class, total and user's accuracy; then a total row and a producer's accuracy row.</source>
        <translation>Une table : une ligne par classe de la carte avec ses effectifs d'échantillons par classe de référence, son total et sa précision de l'utilisateur ; puis une ligne de total et une ligne de précision du producteur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="124" />
        <source>HTML: overall and per-class figures with 95 % intervals, area-adjusted accuracy and class areas, and how to read them.</source>
        <translation>HTML : chiffres globaux et par classe avec intervalles à 95 %, précision ajustée aux surfaces et surfaces des classes, et comment les lire.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="130" />
        <source>Overall accuracy (sample)</source>
        <translation>Précision globale (échantillon)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="131" />
        <source>Kappa</source>
        <translation>Kappa</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="132" />
        <source>Overall accuracy (area-adjusted)</source>
        <translation>Précision globale (ajustée aux surfaces)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="151" />
        <source>INPUT must be a file raster (GDAL) of classes, e.g. the output of Classify LULC.</source>
        <translation>INPUT doit être un raster fichier (GDAL) de classes, par ex. la sortie de Classifier l'occupation du sol.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="156" />
        <source>REFERENCE is not a vector layer of points or polygons.</source>
        <translation>REFERENCE n'est pas une couche vecteur de points ou de polygones.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="170" />
        <source>Reference reprojected from {source} to the map's {target}</source>
        <translation>Référence reprojetée de {source} vers le SCR de la carte, {target}</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="172" />
        <source>{count} reference feature(s) without geometry left out</source>
        <translation>{count} entité(s) de référence sans géométrie ignorée(s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="172" />
        <source>{count} reference feature(s) without a class in {field} left out</source>
        <translation>{count} entité(s) de référence sans classe dans {field} ignorée(s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="180" />
        <source>{count} reference feature(s) cover no pixel of the map (outside it, or polygons smaller than a pixel) and were left out</source>
        <translation>{count} entité(s) de référence ne couvrent aucun pixel de la carte (hors de celle-ci, ou polygones plus petits qu'un pixel) et ont été ignorée(s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="184" />
        <source>No reference sample falls on a valid pixel of the map ({features} feature(s) read). Check that the reference layer overlaps the map and that its CRS is set right.</source>
        <translation>Aucun échantillon de référence ne tombe sur un pixel valide de la carte ({features} entité(s) lue(s)). Vérifiez que la couche de référence recouvre la carte et que son SCR est correctement défini.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="198" />
        <source>{samples} samples from {features} features: overall accuracy {overall:.1%} ({low:.1%}–{high:.1%}), kappa {kappa:.3f}, area-adjusted {adjusted:.1%} ± {half:.1%}</source>
        <translation>{samples} échantillons issus de {features} entités : précision globale {overall:.1%} ({low:.1%}–{high:.1%}), kappa {kappa:.3f}, ajustée aux surfaces {adjusted:.1%} ± {half:.1%}</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="212" />
        <source>the pixel under each point</source>
        <translation>le pixel sous chaque point</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="214" />
        <source>every pixel inside each polygon</source>
        <translation>chaque pixel à l'intérieur de chaque polygone</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="216" />
        <source>{count} random pixels per polygon (seed {seed})</source>
        <translation>{count} pixels aléatoires par polygone (graine {seed})</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="231" />
        <source>Map class(es) with a single sample: {names}. Their intervals cannot be estimated.</source>
        <translation>Classe(s) de la carte avec un seul échantillon : {names}. Leurs intervalles ne peuvent pas être estimés.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="236" />
        <source>Map class(es) without any reference sample: {names} ({share:.1%} of the map). The area-adjusted figures describe the rest of the map.</source>
        <translation>Classe(s) de la carte sans aucun échantillon de référence : {names} ({share:.1%} de la carte). Les chiffres ajustés aux surfaces décrivent le reste de la carte.</translation>
    </message>
    <message>
        <location filename="../processing_provider/assess_accuracy.py" line="240" />
        <source>Every pixel of each polygon is a sample ({samples} from {features} features): neighbouring pixels are alike, so the intervals are too narrow.</source>
        <translation>Chaque pixel de chaque polygone est un échantillon ({samples} issus de {features} entités) : des pixels voisins se ressemblent, les intervalles sont donc trop étroits.</translation>
    </message>
</context>
<context>
    <name>ClassifyLulc</name>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="19" />
        <source>Classify LULC</source>
        <translation>Classifier l'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="59" />
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="64" />
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="64" />
        <source>GeoTIFF of the chosen class's probability (0–1, nodata −1).</source>
        <translation>GeoTIFF de la probabilité de la classe choisie (0–1, nodata −1).</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="103" />
        <source>{tiles} tiles in {seconds:.1f} s ({rate:.2f} Mpx/s)</source>
        <translation>{tiles} tuiles en {seconds:.1f} s ({rate:.2f} Mpx/s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="112" />
        <source>Land cover ({model})</source>
        <translation>Occupation du sol ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="117" />
        <source>Confidence ({model})</source>
        <translation>Confiance ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="51" />
        <source>Sharpen boundaries to 10 m</source>
        <translation>Affiner les limites à 10 m</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="59" />
        <source>GeoTIFF of class values 0, 1, … (the model's classes; nodata 255), with class names and a colour table.</source>
        <translation>GeoTIFF des valeurs de classe 0, 1, … (les classes du modèle ; nodata 255), avec noms des classes et table de couleurs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="86" />
        <source>REFINE: model {model} has no per-pixel head; the map keeps the window scale.</source>
        <translation>REFINE : le modèle {model} n'a pas de tête par pixel ; la carte garde l'échelle des fenêtres.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="51" />
        <source>The model decides on 640 m windows; on, each pixel's own spectrum (the model's per-pixel spectral head) sharpens where the windows around it disagree, so shorelines, rivers, field and forest edges follow the image. Only models with such a head (the bundled spectral models and models trained from them; with another, the log names those that fit the layer) are refined; the others keep the window-scale map. Off: the window-scale map.</source>
        <translation>Le modèle décide sur des fenêtres de 640 m ; activé, le spectre propre de chaque pixel (la tête spectrale par pixel du modèle) affine la carte là où les fenêtres environnantes divergent, de sorte que rivages, rivières, bordures de champs et de forêts suivent l'image. Seuls les modèles dotés d'une telle tête (les modèles spectraux fournis et les modèles entraînés à partir d'eux ; avec un autre, le journal nomme ceux qui conviennent à la couche) sont affinés ; les autres gardent la carte à l'échelle des fenêtres. Désactivé : la carte à l'échelle des fenêtres.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="28" />
        <source>&lt;p&gt;Maps land use / land cover from a Sentinel-2 image with a convolutional network (a bundled model trained on EuroSAT, or your own), pixel by pixel, exactly on the input's grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 raster (L1C or L2A; 3, 4, 10, 12 or 13 bands, any order). &lt;b&gt;Bands&lt;/b&gt;: which Sentinel-2 band each layer band is. Left empty, band descriptions such as B02 or B8A are used, else ESA's standard order for the band count; the log says which order was assumed. &lt;b&gt;Pixel values&lt;/b&gt;: digital numbers (with or without the +1000 offset of 2022 products) or reflectance; auto decides and logs why. &lt;b&gt;Model&lt;/b&gt;: auto picks the bundled model using most of the layer's bands, one that can sharpen its map to 10 m when there is one.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How&lt;/b&gt;: the model classifies 64×64-pixel windows (640 m). It is evaluated densely, for the window centred on every 8×8 block at once, and the class probabilities are interpolated bilinearly to every pixel before choosing the most probable class; &lt;b&gt;Sharpen boundaries to 10 m&lt;/b&gt; then lets each pixel's own spectrum decide where the windows around it disagree. Masked &lt;b&gt;clouds and shadows&lt;/b&gt; get classes of their own. Results do not depend on the tile size.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class raster (values 0, 1, … in the order of the model's classes, as its model card names and colours them; 255 = nodata) with class names and colours, and optionally the probability of the chosen class. Pixels that are nodata in the input (declared nodata, or all bands zero) are nodata in both.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Cartographie l'occupation et l'usage du sol à partir d'une image Sentinel-2 avec un réseau convolutif (un modèle fourni entraîné sur EuroSAT, ou le vôtre), pixel par pixel, exactement sur la grille de l'entrée.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Entrée&lt;/b&gt; : un raster Sentinel-2 (L1C ou L2A ; 3, 4, 10, 12 ou 13 bandes, dans n'importe quel ordre). &lt;b&gt;Bandes&lt;/b&gt; : quelle bande Sentinel-2 est chaque bande de la couche. Si le champ est vide, les descriptions de bandes telles que B02 ou B8A sont utilisées, sinon l'ordre standard de l'ESA pour ce nombre de bandes ; le journal indique l'ordre supposé. &lt;b&gt;Valeurs des pixels&lt;/b&gt; : comptes numériques (avec ou sans le décalage de +1000 des produits de 2022) ou réflectance ; auto décide et consigne pourquoi. &lt;b&gt;Modèle&lt;/b&gt; : auto choisit le modèle fourni qui utilise le plus de bandes de la couche, et parmi eux un modèle capable d'affiner sa carte à 10 m s'il en existe un.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonctionnement&lt;/b&gt; : le modèle classe des fenêtres de 64×64 pixels (640 m). Il est évalué de façon dense, pour la fenêtre centrée sur chaque bloc de 8×8 à la fois, et les probabilités des classes sont interpolées de façon bilinéaire en chaque pixel avant de choisir la classe la plus probable ; &lt;b&gt;Affiner les limites à 10 m&lt;/b&gt; laisse ensuite le spectre propre de chaque pixel décider là où les fenêtres environnantes divergent. Les &lt;b&gt;nuages et ombres&lt;/b&gt; masqués reçoivent leurs propres classes. Les résultats ne dépendent pas de la taille des tuiles.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Sorties&lt;/b&gt; : le raster de classes (valeurs 0, 1, … dans l'ordre des classes du modèle, telles que sa fiche de modèle les nomme et les colore ; 255 = nodata) avec noms et couleurs des classes, et en option la probabilité de la classe choisie. Les pixels nodata dans l'entrée (nodata déclaré, ou toutes les bandes à zéro) sont nodata dans les deux sorties.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="90" />
        <source>For a map refined to 10 m, choose one of these models: {names}.</source>
        <translation>Pour une carte affinée à 10 m, choisissez l'un de ces modèles : {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="95" />
        <source>To keep your classes at 10 m, train your model again with Train LULC model on a base model that refines (BASE_MODEL: one of those above).</source>
        <translation>Pour garder vos classes à 10 m, entraînez à nouveau votre modèle avec « Entraîner un modèle d'occupation du sol » sur un modèle de base qui affine (BASE_MODEL : l'un de ceux ci-dessus).</translation>
    </message>
</context>
<context>
    <name>ExplainGradCam</name>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="29" />
        <source>Explain with Grad-CAM</source>
        <translation>Expliquer avec Grad-CAM</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="32" />
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="38" />
        <source>&lt;p&gt;Shows where the land-cover model finds evidence for a class: a georeferenced heat map on the input's grid, styled over the imagery.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grad-CAM&lt;/b&gt; (Selvaraju et al. 2017) weighs the last convolutional layer's feature maps by the class's gradient. For this model that is computed for every 64×64 window at once, in one pass, so it costs about what classifying costs; each pixel shows the evidence of the windows around it, in the model's units (a window's cells add up to its class score), comparable across the whole scene.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guided Grad-CAM&lt;/b&gt; multiplies Grad-CAM by guided backpropagation at full resolution (summed over bands; positive values support the class). Gradients there belong to one window, so the map is a mosaic of 64×64 patches (640 m), each explained on its own exactly as captum's GuidedGradCam explains a EuroSAT patch. The same holds for Grad-CAM of another layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class to explain&lt;/b&gt;: predicted (the class the model predicts at each place, as Classify LULC maps it) or a class name, e.g. Forest: “where does the model see Forest?”&lt;/p&gt;</source>
        <translation>&lt;p&gt;Montre où le modèle d'occupation du sol trouve des indices en faveur d'une classe : une carte de chaleur géoréférencée sur la grille de l'entrée, affichée par-dessus l'imagerie.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grad-CAM&lt;/b&gt; (Selvaraju et al. 2017) pondère les cartes de caractéristiques de la dernière couche convolutive par le gradient de la classe. Pour ce modèle, le calcul se fait pour toutes les fenêtres de 64×64 à la fois, en une passe, et coûte donc à peu près autant que la classification ; chaque pixel montre les indices des fenêtres qui l'entourent, dans les unités du modèle (les cellules d'une fenêtre s'additionnent pour donner son score de classe), comparables sur toute la scène.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guided Grad-CAM&lt;/b&gt; multiplie Grad-CAM par la rétropropagation guidée à pleine résolution (sommée sur les bandes ; les valeurs positives soutiennent la classe). Les gradients y appartiennent à une seule fenêtre, la carte est donc une mosaïque d'imagettes de 64×64 (640 m), chacune expliquée séparément, exactement comme GuidedGradCam de captum explique une imagette EuroSAT. Il en va de même pour Grad-CAM d'une autre couche du réseau.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Classe à expliquer&lt;/b&gt; : predicted (la classe que le modèle prédit en chaque endroit, telle que Classifier l'occupation du sol la cartographie) ou un nom de classe, par ex. Forest : « où le modèle voit-il Forest ? »&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="58" />
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="58" />
        <source>Grad-CAM: smooth map of where the evidence is. Guided Grad-CAM: the same, sharpened to pixels by guided backpropagation, one 64×64 patch at a time.</source>
        <translation>Grad-CAM : carte lissée de l'emplacement des indices. Guided Grad-CAM : la même, affinée au pixel par rétropropagation guidée, une imagette de 64×64 à la fois.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="64" />
        <source>Layer to explain</source>
        <translation>Couche du réseau à expliquer</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="64" />
        <source>Name of a convolutional layer of the model, e.g. features.13. Empty: the last convolutional layer (the usual choice: the most class-specific).</source>
        <translation>Nom d'une couche convolutive du modèle, par ex. features.13. Vide : la dernière couche convolutive (le choix habituel : la plus spécifique aux classes).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="70" />
        <source>Attribution</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="70" />
        <source>Float32 GeoTIFF on the input's grid (nodata where the input is nodata).</source>
        <translation>GeoTIFF Float32 sur la grille de l'entrée (nodata là où l'entrée est nodata).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>Preview image</source>
        <translation>Image d'aperçu</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>PNG files (*.png)</source>
        <translation>Fichiers PNG (*.png)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="74" />
        <source>PNG: true colour beside the heat map over it, with a colour bar.</source>
        <translation>PNG : l'image en couleurs vraies à côté de la carte de chaleur superposée, avec une barre de couleurs.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="103" />
        <source>{method} of layer {layer} for {target}, in tiles of {tile} px</source>
        <translation>{method} de la couche {layer} pour {target}, en tuiles de {tile} px</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="108" />
        <source>{tiles} tiles in {seconds:.1f} s</source>
        <translation>{tiles} tuiles en {seconds:.1f} s</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="113" />
        <source>{method}: {target} ({model})</source>
        <translation>{method} : {target} ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="81" />
        <source>HTML: a plain-language summary, how far to trust the method (deletion test on sample windows), evidence per predicted class, example places.</source>
        <translation>HTML : un résumé en langage clair, la confiance à accorder à la méthode (test de suppression sur des fenêtres échantillons), les indices par classe prédite, des lieux d'exemple.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="115" />
        <source>class score</source>
        <translation>score de classe</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="115" />
        <source>class score × gradient</source>
        <translation>score de classe × gradient</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>a heat map (one band)</source>
        <translation>une carte de chaleur (une bande)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>every band</source>
        <translation>toutes les bandes</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>&lt;p&gt;Each value is the evidence for the explained class at one place, in the model's units (class logit per feature cell; × input gradient for Guided Grad-CAM). Higher: more evidence.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque valeur est l'indice en faveur de la classe expliquée en un endroit, dans les unités du modèle (logit de classe par cellule de caractéristiques ; × gradient de l'entrée pour Guided Grad-CAM). Plus élevée : plus d'indices.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="127" />
        <source>Measuring how far to trust it (deletion test on sample windows)…</source>
        <translation>Mesure de la confiance à lui accorder (test de suppression sur des fenêtres échantillons)…</translation>
    </message>
</context>
<context>
    <name>ExplainLime</name>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="20" />
        <source>Explain with LIME</source>
        <translation>Expliquer avec LIME</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="23" />
        <source>&lt;p&gt;LIME (Ribeiro et al. 2016): around each place, the model is probed with randomly perturbed copies (each feature kept or removed) and a weighted linear model is fitted to its probability of the class; its coefficients are the features' weights. A weight is the probability the feature adds when present, in the surrogate; the report gives how well the surrogate fits (weighted R²).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt;: SLIC regions of each 64×64 patch (640 m), each patch explained on its own as lime's image explainer explains an image: the spatial view. &lt;b&gt;Band groups&lt;/b&gt;: visible, red edge, NIR, SWIR, atmospheric, for every 64×64 window.&lt;/p&gt;&lt;p&gt;The samples and the kernel are lime's (kernel width 0.25, ridge regression), the same for every tile, so one model pass per sample serves a whole tile: the result equals the lime library run on each window or patch alone.&lt;/p&gt;</source>
        <translation>&lt;p&gt;LIME (Ribeiro et al. 2016) : autour de chaque endroit, le modèle est interrogé avec des copies perturbées au hasard (chaque variable conservée ou retirée) et un modèle linéaire pondéré est ajusté à sa probabilité pour la classe ; ses coefficients sont les poids des variables. Un poids est la probabilité qu'ajoute la variable quand elle est présente, dans le modèle de substitution ; le rapport indique la qualité d'ajustement du modèle de substitution (R² pondéré).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt; : régions SLIC de chaque imagette de 64×64 (640 m), chaque imagette étant expliquée séparément comme l'explainer d'images de lime explique une image : la vue spatiale. &lt;b&gt;Groupes de bandes&lt;/b&gt; : visible, red-edge, NIR, SWIR, atmosphériques, pour chaque fenêtre de 64×64.&lt;/p&gt;&lt;p&gt;Les échantillons et le noyau sont ceux de lime (largeur de noyau 0.25, régression ridge), les mêmes pour chaque tuile, de sorte qu'une passe du modèle par échantillon sert toute une tuile : le résultat est identique à celui de la bibliothèque lime appliquée à chaque fenêtre ou imagette isolément.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="42" />
        <source>Superpixels: regions of each 64×64 patch (the spatial view). Band groups: visible, red edge, NIR, SWIR, atmospheric.</source>
        <translation>Superpixels : régions de chaque imagette de 64×64 (la vue spatiale). Groupes de bandes : visible, red-edge, NIR, SWIR, atmosphériques.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="45" />
        <source>Perturbed samples the surrogate is fitted to (lime's default is 1000). Band groups: at most 32 distinct samples, each evaluated once. Superpixels: one model pass per sample and patch; time grows linearly with it.</source>
        <translation>Échantillons perturbés auxquels le modèle de substitution est ajusté (1000 par défaut dans lime). Groupes de bandes : au plus 32 échantillons distincts, chacun évalué une fois. Superpixels : une passe du modèle par échantillon et par imagette ; le temps croît linéairement avec ce nombre.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="49" />
        <source>Perturbed samples</source>
        <translation>Échantillons perturbés</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="38" />
        <source>LIME weights</source>
        <translation>Poids LIME</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="50" />
        <source>HTML: a plain-language summary, how far to trust the method, features ranked per predicted class, example places.</source>
        <translation>HTML : un résumé en langage clair, la confiance à accorder à la méthode, les variables classées par classe prédite, des lieux d'exemple.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="55" />
        <source>LIME of {features} for {target}: {estimator}, background {background}</source>
        <translation>LIME de {features} pour {target} : {estimator}, arrière-plan {background}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="61" />
        <source>{tiles} tiles in {seconds:.1f} s; mean local fit R² {fit}</source>
        <translation>{tiles} tuiles en {seconds:.1f} s ; ajustement local moyen R² {fit}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_lime.py" line="65" />
        <source>&lt;p&gt;Each value is a feature's LIME weight for the explained class at one place: the coefficient of a weighted linear model fitted to the model's probability on perturbed copies of the window or patch (lime's samples and kernel). Positive values push towards the class, negative away from it; the intercept is the surrogate's probability with every feature removed.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Chaque valeur est le poids LIME d'une variable pour la classe expliquée en un endroit : le coefficient d'un modèle linéaire pondéré ajusté à la probabilité du modèle sur des copies perturbées de la fenêtre ou de l'imagette (échantillons et noyau de lime). Les valeurs positives poussent vers la classe, les négatives l'en éloignent ; l'ordonnée à l'origine est la probabilité du modèle de substitution une fois toutes les variables retirées.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ExplainShap</name>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="31" />
        <source>Explain with SHAP</source>
        <translation>Expliquer avec SHAP</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="34" />
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="40" />
        <source>&lt;p&gt;How much each input feature pushed the model towards (or away from) a class, at every place: SHAP values (Lundberg &amp;amp; Lee 2017), in units of the class's probability. At each place, the base value (every feature removed) plus the features' values add up to the probability the model gives the class there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band groups&lt;/b&gt; or &lt;b&gt;spectral bands&lt;/b&gt;: one output band per feature (described B08, NIR, …): did the model use near-infrared, or just colour? A coalition of features is evaluated for the whole tile at once, so every 64×64 window gets exact Shapley values (or sampled ones when the features are too many for the budget) at the cost of one pass per coalition. Each 8×8 block shows the window centred on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt;: which parts of each 64×64 patch (640 m) made the decision. Each patch is cut into SLIC superpixels and explained on its own, as shap explains one EuroSAT image; one output band.&lt;/p&gt;&lt;p&gt;The optional report ranks the features for each predicted class and shows a few places as shap's image plot does.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Dans quelle mesure chaque variable d'entrée a poussé le modèle vers une classe (ou l'en a éloigné), en chaque endroit : valeurs SHAP (Lundberg &amp;amp; Lee 2017), en unités de probabilité de la classe. En chaque endroit, la valeur de base (toutes les variables retirées) plus les valeurs des variables donnent la probabilité que le modèle attribue à la classe à cet endroit.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Groupes de bandes&lt;/b&gt; ou &lt;b&gt;bandes spectrales&lt;/b&gt; : une bande de sortie par variable (décrite B08, NIR, …) : le modèle a-t-il utilisé le proche infrarouge, ou seulement la couleur ? Une coalition de variables est évaluée pour toute la tuile à la fois, de sorte que chaque fenêtre de 64×64 reçoit des valeurs de Shapley exactes (ou échantillonnées quand les variables sont trop nombreuses pour le budget) au prix d'une passe par coalition. Chaque bloc de 8×8 montre la fenêtre centrée sur lui.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt; : quelles parties de chaque imagette de 64×64 (640 m) ont fait la décision. Chaque imagette est découpée en superpixels SLIC et expliquée séparément, comme shap explique une image EuroSAT ; une seule bande de sortie.&lt;/p&gt;&lt;p&gt;Le rapport optionnel classe les variables pour chaque classe prédite et montre quelques endroits comme le fait le graphique d'images de shap.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="64" />
        <source>Features</source>
        <translation>Variables</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="64" />
        <source>What a contribution is measured for. Band groups: 5 or fewer features, exact and fast. Spectral bands: each band of the model (exact up to 9 bands with the default budget, sampled beyond). Superpixels: regions of each 64×64 patch.</source>
        <translation>Ce pour quoi une contribution est mesurée. Groupes de bandes : 5 variables ou moins, exact et rapide. Bandes spectrales : chaque bande du modèle (exact jusqu'à 9 bandes avec le budget par défaut, échantillonné au-delà). Superpixels : régions de chaque imagette de 64×64.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="71" />
        <source>Background</source>
        <translation>Arrière-plan</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="71" />
        <source>What a removed feature is replaced by. Band means of the training set: 'what if this band said nothing'. A blurred copy (15 px box): 'what if this band had no detail here'.</source>
        <translation>Ce qui remplace une variable retirée. Moyennes des bandes du jeu d'entraînement : « et si cette bande ne disait rien ». Une copie floutée (boîte de 15 px) : « et si cette bande n'avait ici aucun détail ».</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="78" />
        <source>Evaluation budget (model passes)</source>
        <translation>Budget d'évaluation (passes du modèle)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="78" />
        <source>Model passes per tile. Exact Shapley values when all 2^n coalitions of the n features fit, else permutation sampling (each permutation and its reverse) with as many permutations as fit. Time grows linearly with it.</source>
        <translation>Passes du modèle par tuile. Valeurs de Shapley exactes quand les 2^n coalitions des n variables tiennent dans le budget, sinon échantillonnage de permutations (chaque permutation et son inverse) avec autant de permutations qu'il en tient. Le temps croît linéairement avec ce nombre.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="85" />
        <source>Superpixels per patch</source>
        <translation>Superpixels par imagette</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="85" />
        <source>About how many SLIC superpixels each 64×64 patch is cut into (superpixel features only).</source>
        <translation>Nombre approximatif de superpixels SLIC en lesquels chaque imagette de 64×64 est découpée (variables superpixels uniquement).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="59" />
        <source>SHAP values</source>
        <translation>Valeurs SHAP</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="90" />
        <source>Float32 GeoTIFF on the input's grid, one band per feature (nodata where the input is nodata).</source>
        <translation>GeoTIFF Float32 sur la grille de l'entrée, une bande par variable (nodata là où l'entrée est nodata).</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>HTML files (*.html)</source>
        <translation>Fichiers HTML (*.html)</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="95" />
        <source>HTML: features ranked per predicted class, mean |SHAP| chart, example places.</source>
        <translation>HTML : variables classées par classe prédite, graphique du |SHAP| moyen, lieux d'exemple.</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="155" />
        <source>SHAP of {features} for {target}: {estimator}, background {background}</source>
        <translation>SHAP de {features} pour {target} : {estimator}, arrière-plan {background}</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="160" />
        <source>{tiles} tiles in {seconds:.1f} s; additivity within {error:.1e}</source>
        <translation>{tiles} tuiles en {seconds:.1f} s ; additivité à {error:.1e} près</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="127" />
        <source>{method}: {target} ({model})</source>
        <translation>{method} : {target} ({model})</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="129" />
        <source>probability</source>
        <translation>probabilité</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="140" />
        <source>Measuring how far to trust it (deletion test on sample windows)…</source>
        <translation>Mesure de la confiance à lui accorder (test de suppression sur des fenêtres échantillons)…</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="133" />
        <source>The layer holds one band per feature ({names}); it shows {shown}, the one that mattered most. Choose another band in its Symbology.</source>
        <translation>La couche contient une bande par variable ({names}) ; elle montre {shown}, celle qui a le plus compté. Choisissez une autre bande dans sa symbologie.</translation>
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
        <translation>Explainable LULC : occupation du sol Sentinel-2 avec explications</translation>
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="57" />
        <source>Model card skipped: {problem}</source>
        <translation>Fiche de modèle ignorée : {problem}</translation>
    </message>
</context>
<context>
    <name>ExplainableLulcAlgorithm</name>
    <message>
        <location filename="../processing_provider/base.py" line="207" />
        <source>Explainable LULC needs these Python packages in QGIS's Python: {names}. Install them with Raster ▸ Explainable LULC ▸ Install dependencies…, then run this again.</source>
        <translation>Explainable LULC a besoin de ces paquets Python dans le Python de QGIS : {names}. Installez-les avec Raster ▸ Explainable LULC ▸ Installer les dépendances…, puis relancez.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="214" />
        <source>{problem}. Two GDAL builds in one process crash QGIS: install a rasterio built against QGIS's GDAL. {advice}</source>
        <translation>{problem}. Deux versions de GDAL dans un même processus font planter QGIS : installez un rasterio compilé avec la bibliothèque GDAL de QGIS. {advice}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="231" />
        <source>Cancelled; no output was written.</source>
        <translation>Annulé ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="242" />
        <source>Out of memory; no output was written.</source>
        <translation>Mémoire insuffisante ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="152" />
        <source>{name} is written as .{extension}, not as '{file}': give it a .{extension} name.</source>
        <translation>{name} est écrit en .{extension}, pas en '{file}' : donnez-lui un nom en .{extension}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="160" />
        <source>Default: {value}.</source>
        <translation>Par défaut : {value}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="233" />
        <source>Stopped by a termination signal (SIGTERM); no output was written.</source>
        <translation>Arrêté par un signal de terminaison (SIGTERM) ; aucune sortie n'a été écrite.</translation>
    </message>
</context>
<context>
    <name>ExplainableLulcPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Classify LULC…</source>
        <translation>Classifier l'occupation du sol…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="120" />
        <source>Explainable LULC</source>
        <translation>Explainable LULC</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Classify a Sentinel-2 layer into EuroSAT land-cover classes</source>
        <translation>Classer une couche Sentinel-2 selon les classes d'occupation du sol d'EuroSAT</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with Grad-CAM…</source>
        <translation>Expliquer avec Grad-CAM…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Where the model finds evidence for a class</source>
        <translation>Où le modèle trouve des indices en faveur d'une classe</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with SHAP…</source>
        <translation>Expliquer avec SHAP…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>How much each band pushed the decision</source>
        <translation>Dans quelle mesure chaque bande a pesé sur la décision</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Explain with LIME…</source>
        <translation>Expliquer avec LIME…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Which parts of each patch a local linear model weighs</source>
        <translation>Quelles parties de chaque imagette un modèle linéaire local pondère</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Assess LULC accuracy…</source>
        <translation>Évaluer la précision de l'occupation du sol…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>How right a class map is where you know the answer</source>
        <translation>La justesse d'une carte de classes là où vous connaissez la réponse</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Train LULC model…</source>
        <translation>Entraîner un modèle d'occupation du sol…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="31" />
        <source>Teach a model your own legend from polygons</source>
        <translation>Apprendre votre propre légende à un modèle à partir de polygones</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="121" />
        <source>Install dependencies…</source>
        <translation>Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="118" />
        <source>The algorithms need Python packages that QGIS's Python lacks: {names}.</source>
        <translation>Les algorithmes ont besoin de paquets Python absents du Python de QGIS : {names}.</translation>
    </message>
</context>
<context>
    <name>LulcAlgorithm</name>
    <message>
        <location filename="../processing_provider/base.py" line="307" />
        <source>Sentinel-2 image</source>
        <translation>Image Sentinel-2</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="307" />
        <source>A Sentinel-2 raster layer: a band stack (GeoTIFF, VRT) or a .SAFE product's subdataset.</source>
        <translation>Une couche raster Sentinel-2 : un empilement de bandes (GeoTIFF, VRT) ou un sous-jeu de données d'un produit .SAFE.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="311" />
        <source>Band names, in layer order</source>
        <translation>Noms des bandes, dans l'ordre de la couche</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="311" />
        <source>The Sentinel-2 band of each layer band, comma-separated, e.g. B02,B03,B04,B08. Empty: taken from the band descriptions when they are band names, else from the band count in ESA's order (13: B01…B08, B8A, B09…B12; 12: the same without B10; 10: B02…B08, B8A, B11, B12; 4: B02, B03, B04, B08). EuroSAT's own files (B8A last) need BANDS.</source>
        <translation>La bande Sentinel-2 de chaque bande de la couche, séparées par des virgules, par ex. B02,B03,B04,B08. Vide : tirées des descriptions de bandes quand ce sont des noms de bandes, sinon du nombre de bandes dans l'ordre de l'ESA (13 : B01…B08, B8A, B09…B12 ; 12 : les mêmes sans B10 ; 10 : B02…B08, B8A, B11, B12 ; 4 : B02, B03, B04, B08). Les fichiers propres d'EuroSAT (B8A en dernier) nécessitent BANDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="320" />
        <source>Pixel values</source>
        <translation>Valeurs des pixels</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="320" />
        <source>How pixel values relate to reflectance. Auto: float data up to about 1.5 is reflectance; integer data are digital numbers (reflectance × 10000), with the +1000 offset of processing baseline 04.00 when the metadata declares it or B10 shows it. Products acquired from 25 January 2022 on carry that offset.</source>
        <translation>Relation entre les valeurs des pixels et la réflectance. Auto : des données flottantes jusqu'à environ 1.5 sont de la réflectance ; des données entières sont des comptes numériques (réflectance × 10000), avec le décalage de +1000 de la baseline de traitement 04.00 quand les métadonnées le déclarent ou que B10 le montre. Les produits acquis à partir du 25 janvier 2022 portent ce décalage.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="333" />
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="348" />
        <source>Device</source>
        <translation>Processeur de calcul</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="348" />
        <source>auto: a CUDA GPU when PyTorch sees one, else the CPU.</source>
        <translation>auto : un GPU CUDA si PyTorch en détecte un, sinon le CPU.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="356" />
        <source>Tiles per batch</source>
        <translation>Tuiles par lot</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="356" />
        <source>Tiles sent to the model at once. More uses more memory; helps mostly on a GPU.</source>
        <translation>Tuiles envoyées au modèle en une fois. Davantage consomme plus de mémoire ; utile surtout sur un GPU.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="363" />
        <source>Tile size (pixels)</source>
        <translation>Taille des tuiles (pixels)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="503" />
        <source>Bands ({source}): {bands}</source>
        <translation>Bandes ({source}) : {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="434" />
        <source>Unknown MODEL '{name}'. Known: {names}.</source>
        <translation>MODEL « {name} » inconnu. Modèles connus : {names}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="510" />
        <source>Model: {name} ({title}), bands {bands}</source>
        <translation>Modèle : {name} ({title}), bandes {bands}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="512" />
        <source>Pixel values: {scale} ({reason})</source>
        <translation>Valeurs des pixels : {scale} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="522" />
        <source>Device: {device}</source>
        <translation>Processeur de calcul : {device}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="395" />
        <source>Class to explain</source>
        <translation>Classe à expliquer</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="421" />
        <source> Did you mean {name}?</source>
        <translation> Vouliez-vous dire {name} ?</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="426" />
        <source>Unknown TARGET class '{name}'. Choose one of: {names}.{hint}</source>
        <translation>Classe TARGET inconnue « {name} ». Choisissez parmi : {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="432" />
        <source>MODEL '{name}' cannot be used: {problem}</source>
        <translation>MODEL « {name} » ne peut pas être utilisé : {problem}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="468" />
        <source>Out of memory. Lower TILE_SIZE or BATCH_SIZE (results do not depend on them); no output was written.</source>
        <translation>Mémoire insuffisante. Réduisez TILE_SIZE ou BATCH_SIZE (les résultats n'en dépendent pas) ; aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="515" />
        <source>Pixel values: {warning}</source>
        <translation>Valeurs des pixels : {warning}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="373" />
        <source>Mask clouds and shadows</source>
        <translation>Masquer les nuages et les ombres</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="373" />
        <source>Clouds and their shadows are not land cover. auto: found by ukis-csmask's U-Net (L1C or L2A, from B02, B03, B04, B08 and, when present, B11, B12) whenever the layer has those bands; they become the classes Cloud and Cloud shadow of the class map, and nodata in confidence and explanations. on: the same, refused without those bands. off: every pixel is classified.</source>
        <translation>Les nuages et leurs ombres ne sont pas de l'occupation du sol. auto : détectés par le U-Net de ukis-csmask (L1C ou L2A, à partir de B02, B03, B04, B08 et, si présentes, B11, B12) dès que la couche a ces bandes ; ils deviennent les classes Cloud et Cloud shadow de la carte des classes, et nodata dans la confiance et les explications. on : pareil, refusé sans ces bandes. off : chaque pixel est classé.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="395" />
        <source>predicted: at each place, the class the model predicts there. A class of the model (e.g. Forest): where, and how strongly, the model sees that class. The list holds the classes of every registered model, as their model cards name them; the model you run must know the class you choose.</source>
        <translation>predicted : en chaque endroit, la classe que le modèle y prédit. Une classe du modèle (par ex. Forest) : où, et avec quelle force, le modèle voit cette classe. La liste contient les classes de tous les modèles enregistrés, telles que leurs fiches de modèle les nomment ; le modèle exécuté doit connaître la classe choisie.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="410" />
        <source>INPUT: '{name}' ({source}) is not a raster layer. Choose a Sentinel-2 raster.</source>
        <translation>INPUT : « {name} » ({source}) n'est pas une couche raster. Choisissez un raster Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="423" />
        <source>Unknown TARGET class '{name}' for model {model}. Choose one of: {names}.{hint}</source>
        <translation>Classe TARGET inconnue « {name} » pour le modèle {model}. Choisissez parmi : {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="481" />
        <source>INPUT ({value}) is not a raster layer. Choose a Sentinel-2 raster.</source>
        <translation>INPUT ({value}) n'est pas une couche raster. Choisissez un raster Sentinel-2.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="484" />
        <source>it comes from the '{provider}' provider; only file rasters (GDAL) can be processed. Save it as a GeoTIFF first.</source>
        <translation>elle provient du fournisseur « {provider} » ; seuls les rasters fichiers (GDAL) peuvent être traités. Enregistrez-la d'abord en GeoTIFF.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="532" />
        <source>Clouds: not masked, the packages ukis-csmask and onnxruntime are missing. Install them with Raster ▸ Explainable LULC ▸ Install dependencies…</source>
        <translation>Nuages : non masqués, les paquets ukis-csmask et onnxruntime sont absents. Installez-les avec Raster ▸ Explainable LULC ▸ Installer les dépendances…</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="535" />
        <source>Clouds: not masked (the detector needs B02, B03, B04 and B08)</source>
        <translation>Nuages : non masqués (le détecteur nécessite B02, B03, B04 et B08)</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="529" />
        <source>Clouds: {detector} ({reason})</source>
        <translation>Nuages : {detector} ({reason})</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="563" />
        <source>Clouds: {cloud:.1f} % cloud, {shadow:.1f} % cloud shadow of the valid pixels, masked</source>
        <translation>Nuages : {cloud:.1f} % de nuages, {shadow:.1f} % d'ombres de nuages parmi les pixels valides, masqués</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="576" />
        <source>Layer '{name}' ({path}): {message}</source>
        <translation>Couche « {name} » ({path}) : {message}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="607" />
        <source>for the predicted class</source>
        <translation>pour la classe prédite</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="607" />
        <source>against the predicted class</source>
        <translation>contre la classe prédite</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="609" />
        <source>for {name}</source>
        <translation>pour {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="609" />
        <source>against {name}</source>
        <translation>contre {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="524" />
        <source>Tiles of {tile} px (TILE_SIZE {asked}), {batch} per batch; about {memory:.1f} GB of memory</source>
        <translation>Tuiles de {tile} px (TILE_SIZE {asked}), {batch} par lot ; environ {memory:.1f} Go de mémoire</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="363" />
        <source>Side of the square tiles the raster is processed in, rounded up to the multiple the model or method needs (8 px; 64 px for methods that explain whole patches) and down to the raster's size. Results do not depend on it; memory does.</source>
        <translation>Côté des tuiles carrées dans lesquelles le raster est traité, arrondi au multiple supérieur requis par le modèle ou la méthode (8 px ; 64 px pour les méthodes qui expliquent des patchs entiers) et limité à la taille du raster. Les résultats n'en dépendent pas ; la mémoire, si.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="450" />
        <source>{name} '{value}' is not one of its choices: {options}. Give the word, e.g. {name}={first}.</source>
        <translation>{name} '{value}' n’est pas l’un de ses choix : {options}. Donnez le mot, par ex. {name}={first}.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="455" />
        <source>{name} '{value}': give the number of a choice ({options}), e.g. {name}=0.</source>
        <translation>{name} '{value}' : donnez le numéro d’un choix ({options}), par ex. {name}=0.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="517" />
        <source>Pixels are {size:.1f} m; the models learnt from 10 m pixels (a 64-pixel window is 640 m there, {window:.0f} m here), so expect a poor map. Resample the layer to 10 m first (e.g. Raster ▸ Projections ▸ Warp with a 10 m resolution, or gdalbuildvrt -tr 10 10).</source>
        <translation>Les pixels mesurent {size:.1f} m ; les modèles ont appris sur des pixels de 10 m (une fenêtre de 64 pixels y fait 640 m, ici {window:.0f} m) : attendez-vous à une carte médiocre. Rééchantillonnez d’abord la couche à 10 m (par ex. Raster ▸ Projections ▸ Projection avec une résolution de 10 m, ou gdalbuildvrt -tr 10 10).</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="506" />
        <source>Bands: read as a true-colour image (red, green, blue = B04, B03, B02) from the file's colour interpretation. For a false-colour composite or another band order, give the bands in BANDS.</source>
        <translation>Bandes : lues comme une image en couleurs naturelles (rouge, vert, bleu = B04, B03, B02) d’après l’interprétation des couleurs du fichier. Pour une composition en fausses couleurs ou un autre ordre de bandes, donnez les bandes dans BANDS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="509" />
        <source>Product level: {reason}</source>
        <translation>Niveau de produit : {reason}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="333" />
        <source>The model to run. auto: the bundled model that uses most of the layer's bands (on a tie: on L2A the one that held best on real L2A patches; then one that refines to 10 m; then the more accurate). Your own models (a card .json beside its weights) are listed too when placed in the QGIS profile's explainable_lulc/models folder or a folder named by $EXPLAINABLE_LULC_MODELS.</source>
        <translation>Le modèle à exécuter. auto : le modèle fourni qui utilise le plus de bandes de la couche (à égalité : sur du L2A celui qui a le mieux tenu sur de vrais extraits L2A ; puis un modèle qui affine à 10 m ; puis le plus précis). Vos propres modèles (une fiche .json à côté de leurs poids) sont aussi listés lorsqu'ils sont placés dans le dossier explainable_lulc/models du profil QGIS ou dans un dossier désigné par $EXPLAINABLE_LULC_MODELS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="603" />
        <source>evidence for the predicted class</source>
        <translation>indices pour la classe prédite</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="603" />
        <source>evidence for {name}</source>
        <translation>indices pour {name}</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="605" />
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../processing_provider/train_model.py" line="46" />
        <source>Train LULC model</source>
        <translation>Entraîner un modèle d'occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="49" />
        <source>Land cover</source>
        <translation>Occupation du sol</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="55" />
        <source>&lt;p&gt;Teaches a model your own legend from polygons you digitised on a Sentinel-2 image: 2 to 20 classes, each in a field of the polygons. The new model appears in the Model list of every algorithm at once (also for qgis_process: MODEL=name).&lt;/p&gt;&lt;p&gt;&lt;b&gt;How&lt;/b&gt;: the base model's network is copied unchanged (its features and input normalisation); new output layers for your classes are fitted on its features of 64×64-pixel windows centred on your polygons' pixels (in all flips and quarter turns) and, for models with a per-pixel head, of the pixels' spectra. Classes weigh equally, whatever their pixel counts.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Accuracy on a separate area&lt;/b&gt;: polygons are grouped into 256-pixel blocks; about a quarter of the pixels, in whole blocks, is held out (training polygons within 64 pixels of a held-out polygon are left out), and the held-out pixels are classified as Classify LULC would. The model saved is the one trained without them; its card records that accuracy, the classes and colours (from the layer's categorised style, else a palette), the bands, the normalisation and the training data.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Where&lt;/b&gt;: the first folder of $EXPLAINABLE_LULC_MODELS when set, else the QGIS profile's explainable_lulc/models. A model of the same name there is replaced.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Apprend à un modèle votre propre légende à partir de polygones que vous avez numérisés sur une image Sentinel-2 : 2 à 20 classes, chacune dans un champ des polygones. Le nouveau modèle apparaît aussitôt dans la liste Modèle de chaque algorithme (y compris pour qgis_process : MODEL=nom).&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fonctionnement&lt;/b&gt; : le réseau du modèle de base est copié tel quel (ses caractéristiques et la normalisation des entrées) ; de nouvelles couches de sortie pour vos classes sont ajustées sur ses caractéristiques de fenêtres de 64×64 pixels centrées sur les pixels de vos polygones (dans tous les retournements et quarts de tour) et, pour les modèles dotés d'une tête par pixel, sur les spectres des pixels. Les classes pèsent autant les unes que les autres, quel que soit leur nombre de pixels.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Précision sur une zone séparée&lt;/b&gt; : les polygones sont regroupés en blocs de 256 pixels ; environ un quart des pixels, en blocs entiers, est mis de côté (les polygones d'entraînement à moins de 64 pixels d'un polygone mis de côté sont écartés), et les pixels mis de côté sont classés comme le ferait Classifier l'occupation du sol. Le modèle enregistré est celui entraîné sans eux ; sa fiche consigne cette précision, les classes et couleurs (issues du style catégorisé de la couche, sinon d'une palette), les bandes, la normalisation et les données d'entraînement.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Emplacement&lt;/b&gt; : le premier dossier de $EXPLAINABLE_LULC_MODELS s'il est défini, sinon explainable_lulc/models du profil QGIS. Un modèle du même nom y est remplacé.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="75" />
        <source>Training polygons</source>
        <translation>Polygones d'entraînement</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="75" />
        <source>Polygons of known class on the image, each well inside one cover type. Any CRS: they are reprojected to the image's. A polygon holds the pixels whose centres lie inside it.</source>
        <translation>Polygones de classe connue sur l'image, chacun bien à l'intérieur d'un seul type d'occupation. SCR quelconque : ils sont reprojetés dans celui de l'image. Un polygone contient les pixels dont le centre se trouve à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="81" />
        <source>Class field</source>
        <translation>Champ de classe</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="81" />
        <source>The field holding each polygon's class (text or numbers): 2 to 20 classes, each with at least 60 labelled pixels.</source>
        <translation>Le champ contenant la classe de chaque polygone (texte ou nombres) : 2 à 20 classes, chacune avec au moins 60 pixels étiquetés.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="87" />
        <source>Base model</source>
        <translation>Modèle de base</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="87" />
        <source>The registered model whose features are reused (its bands are the new model's). auto: the bundled model that uses most of the image's bands.</source>
        <translation>Le modèle enregistré dont les caractéristiques sont réutilisées (ses bandes sont celles du nouveau modèle). auto : le modèle fourni qui utilise le plus de bandes de l'image.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="93" />
        <source>New model's name</source>
        <translation>Nom du nouveau modèle</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="93" />
        <source>Letters, digits, '_', '-' and '.' (up to 64): how the model is listed and chosen, e.g. MODEL=my_wetlands in qgis_process.</source>
        <translation>Lettres, chiffres, « _ », « - » et « . » (jusqu'à 64) : le nom sous lequel le modèle est listé et choisi, par ex. MODEL=my_wetlands dans qgis_process.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="98" />
        <source>Epochs</source>
        <translation>Époques</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="98" />
        <source>Full passes over the training samples (L-BFGS iterations) when fitting the new output layers.</source>
        <translation>Passes complètes sur les échantillons d'entraînement (itérations L-BFGS) lors de l'ajustement des nouvelles couches de sortie.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="104" />
        <source>Random seed</source>
        <translation>Graine aléatoire</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="104" />
        <source>Seeds the held-out blocks, the samples and the fitting: the same seed gives the same model.</source>
        <translation>Initialise les blocs mis de côté, les échantillons et l'ajustement : la même graine donne le même modèle.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="112" />
        <source>Model card</source>
        <translation>Fiche de modèle</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="113" />
        <source>Model name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="114" />
        <source>Held-out accuracy</source>
        <translation>Précision sur les données mises de côté</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="121" />
        <source>NAME '{name}' must be 1 to 64 letters, digits, '_', '-' or '.', e.g. my_wetlands.</source>
        <translation>NAME « {name} » doit compter de 1 à 64 lettres, chiffres, « _ », « - » ou « . », par ex. my_wetlands.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="124" />
        <source>NAME '{name}' is a bundled model's; choose another name.</source>
        <translation>NAME « {name} » est celui d'un modèle fourni ; choisissez un autre nom.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="143" />
        <source>REFERENCE is not a polygon layer.</source>
        <translation>REFERENCE n'est pas une couche de polygones.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="149" />
        <source>Polygons reprojected from {source} to the image's {target}</source>
        <translation>Polygones reprojetés de {source} vers le SCR de l'image, {target}</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="152" />
        <source>{count} polygon(s) without a class in {field} left out</source>
        <translation>{count} polygone(s) sans classe dans {field} ignoré(s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="158" />
        <source>{count} polygon(s) cover no valid pixel of the image (outside it, on nodata, or smaller than a pixel) and were left out</source>
        <translation>{count} polygone(s) ne couvrent aucun pixel valide de l'image (hors de celle-ci, sur du nodata, ou plus petits qu'un pixel) et ont été ignoré(s)</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="162" />
        <source>{polygons} polygons, {classes} classes: {counts}</source>
        <translation>{polygons} polygones, {classes} classes : {counts}</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="169" />
        <source>{name}: {classes} from {layer} (features of {base})</source>
        <translation>{name} : {classes} d'après {layer} (caractéristiques de {base})</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="184" />
        <source>No spatially separate part could be held out (the polygons are too few or too close together): the card has no held-out accuracy.</source>
        <translation>Aucune partie spatialement séparée n'a pu être mise de côté (polygones trop peu nombreux ou trop proches les uns des autres) : la fiche ne contient pas de précision sur données mises de côté.</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="188" />
        <source>Held-out accuracy {accuracy:.1%} ({low:.1%}–{high:.1%}) on {pixels:,} pixels of {polygons} spatially separate polygons; kappa {kappa:.3f}</source>
        <translation>Précision sur données mises de côté {accuracy:.1%} ({low:.1%}–{high:.1%}) sur {pixels:,} pixels de {polygons} polygones spatialement séparés ; kappa {kappa:.3f}</translation>
    </message>
    <message>
        <location filename="../processing_provider/train_model.py" line="192" />
        <source>Trained in {seconds:.1f} s; model {name} written to {path}</source>
        <translation>Entraîné en {seconds:.1f} s ; modèle {name} écrit dans {path}</translation>
    </message>
</context>
<context>
    <name>dependencies</name>
    <message>
        <location filename="../processing_provider/dependencies.py" line="17" />
        <source>On Debian and Ubuntu install the system's rasterio, which is built on QGIS's GDAL: sudo apt install python3-rasterio</source>
        <translation>Sous Debian et Ubuntu, installez le rasterio du système, compilé avec la bibliothèque GDAL de QGIS : sudo apt install python3-rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="20" />
        <source>Install your distribution's rasterio package (built on the system GDAL that QGIS uses), or build rasterio against it: GDAL_CONFIG=$(which gdal-config) python3 -m pip install --no-binary rasterio rasterio</source>
        <translation>Installez le paquet rasterio de votre distribution (compilé avec la bibliothèque GDAL du système qu'utilise QGIS), ou compilez rasterio avec celle-ci : GDAL_CONFIG=$(which gdal-config) python3 -m pip install --no-binary rasterio rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="24" />
        <source>With QGIS from OSGeo4W or the QGIS installer: run the OSGeo4W setup (Advanced install) and add the package python3-rasterio, which is built on QGIS's GDAL.</source>
        <translation>Avec QGIS issu d'OSGeo4W ou de l'installateur QGIS : lancez l'installateur OSGeo4W (Advanced install) et ajoutez le paquet python3-rasterio, compilé avec la bibliothèque GDAL de QGIS.</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="27" />
        <source>With QGIS.app: build rasterio against QGIS's GDAL: GDAL_CONFIG=/Applications/QGIS.app/Contents/MacOS/bin/gdal-config /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --no-binary rasterio rasterio</source>
        <translation>Avec QGIS.app : compilez rasterio avec la bibliothèque GDAL de QGIS : GDAL_CONFIG=/Applications/QGIS.app/Contents/MacOS/bin/gdal-config /Applications/QGIS.app/Contents/MacOS/bin/python3 -m pip install --no-binary rasterio rasterio</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="65" />
        <source>rasterio carries its own GDAL ({folder})</source>
        <translation>rasterio embarque sa propre version de GDAL ({folder})</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="72" />
        <source>rasterio uses GDAL {ours} but QGIS uses GDAL {theirs}</source>
        <translation>rasterio utilise GDAL {ours} mais QGIS utilise GDAL {theirs}</translation>
    </message>
    <message>
        <location filename="../processing_provider/dependencies.py" line="76" />
        <source>two GDAL libraries are loaded: {names}</source>
        <translation>deux bibliothèques GDAL sont chargées : {names}</translation>
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../engine/bands.py" line="73" />
        <source>BANDS: {band} is given twice; each band may appear once.</source>
        <translation>BANDS : {band} est donnée deux fois ; chaque bande ne peut apparaître qu'une fois.</translation>
    </message>
    <message>
        <location filename="../engine/device.py" line="14" />
        <source>DEVICE must be one of {choices}, not '{choice}'.</source>
        <translation>DEVICE doit être l'une des valeurs {choices}, pas « {choice} ».</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="35" />
        <source>Auto (from data type and values)</source>
        <translation>Auto (d'après le type de données et les valeurs)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="36" />
        <source>Digital numbers (reflectance × 10000)</source>
        <translation>Comptes numériques (réflectance × 10000)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="37" />
        <source>Digital numbers + 1000 offset (processing baseline ≥ 04.00, 2022 on)</source>
        <translation>Comptes numériques + décalage de 1000 (baseline de traitement ≥ 04.00, depuis 2022)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="39" />
        <source>Reflectance (0–1)</source>
        <translation>Réflectance (0–1)</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="51" />
        <source>The model needs band(s) {missing}, which the layer lacks (its bands: {present}). Choose a model that uses only these bands, or correct BANDS.</source>
        <translation>Le modèle nécessite la ou les bandes {missing}, absentes de la couche (ses bandes : {present}). Choisissez un modèle qui n'utilise que ces bandes, ou corrigez BANDS.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="67" />
        <source>BANDS: '{item}' is not a Sentinel-2 band name. Use names such as B02, B8A or B11, one per layer band.</source>
        <translation>BANDS : « {item} » n'est pas un nom de bande Sentinel-2. Utilisez des noms tels que B02, B8A ou B11, un par bande de la couche.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="80" />
        <source>BANDS names {given} band(s) but the layer has {count}: give one name per layer band, in the layer's order.</source>
        <translation>BANDS nomme {given} bande(s) mais la couche en a {count} : donnez un nom par bande de la couche, dans l'ordre de la couche.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="99" />
        <source>The layer has {count} band(s); a land-cover model needs at least the blue, green and red bands (B02, B03, B04). Load a multi-band Sentinel-2 stack or a VRT of its bands.</source>
        <translation>La couche a {count} bande(s) ; un modèle d'occupation du sol nécessite au moins les bandes bleue, verte et rouge (B02, B03, B04). Chargez un empilement Sentinel-2 multibande ou un VRT de ses bandes.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="131" />
        <source>Cannot tell which Sentinel-2 band each of the layer's {count} bands is: its band descriptions are not band names and there is no standard order for {count} bands. Give them in BANDS, e.g. B02,B03,B04.</source>
        <translation>Impossible de déterminer à quelle bande Sentinel-2 correspond chacune des {count} bandes de la couche : ses descriptions de bandes ne sont pas des noms de bandes et il n'existe pas d'ordre standard pour {count} bandes. Indiquez-les dans BANDS, par ex. B02,B03,B04.</translation>
    </message>
    <message>
        <location filename="../engine/device.py" line="22" />
        <source>DEVICE is cuda but PyTorch sees no CUDA GPU (PyTorch {version}). Choose auto or cpu, or install a CUDA build of PyTorch.</source>
        <translation>DEVICE vaut cuda mais PyTorch ne détecte aucun GPU CUDA (PyTorch {version}). Choisissez auto ou cpu, ou installez une version CUDA de PyTorch.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="96" />
        <source>The raster is {width}×{height} pixels; the model looks at {size}×{size} windows, so it needs at least that. Use a larger extent.</source>
        <translation>Le raster fait {width}×{height} pixels ; le modèle examine des fenêtres de {size}×{size} et a donc besoin d'au moins autant. Utilisez une emprise plus grande.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/gradcam.py" line="73" />
        <source>LAYER '{layer}' is not a convolutional layer of model {model}. Choose one of: {names} (empty: the last, {default}).</source>
        <translation>LAYER « {layer} » n'est pas une couche convolutive du modèle {model}. Choisissez parmi : {names} (vide : la dernière, {default}).</translation>
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
        <translation>Classe TARGET inconnue « {name} ». Choisissez predicted ou une classe parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="118" />
        <source>Spectral bands</source>
        <translation>Bandes spectrales</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="105" />
        <source>Band groups (visible, red edge, NIR, SWIR, atmospheric)</source>
        <translation>Groupes de bandes (visible, red-edge, NIR, SWIR, atmosphériques)</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="106" />
        <source>Superpixels (SLIC, per 64×64 patch)</source>
        <translation>Superpixels (SLIC, par imagette de 64×64)</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="92" />
        <source>Unknown BACKGROUND '{name}'. Choose one of: {names}.</source>
        <translation>BACKGROUND « {name} » inconnu. Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/coalitions.py" line="113" />
        <source>N_SAMPLES={budget} is too small for {features} features: sampling needs at least {minimum} model evaluations (one permutation and its reverse), exact values {exact}. Raise N_SAMPLES or choose fewer features (band groups).</source>
        <translation>N_SAMPLES={budget} est trop petit pour {features} variables : l'échantillonnage nécessite au moins {minimum} évaluations du modèle (une permutation et son inverse), les valeurs exactes {exact}. Augmentez N_SAMPLES ou choisissez moins de variables (groupes de bandes).</translation>
    </message>
    <message>
        <location filename="../engine/reader.py" line="21" />
        <source>Cannot read {path}: {reason}. The file may be damaged or incomplete (e.g. an interrupted download or copy): download or export it again.</source>
        <translation>Impossible de lire {path} : {reason}. Le fichier est peut-être endommagé ou incomplet (par ex. un téléchargement ou une copie interrompus) : téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="88" />
        <source>INPUT_SCALE says reflectance (0–1), but 1 % of the values exceed {high:.0f}: these are digital numbers. Choose auto or digital numbers.</source>
        <translation>INPUT_SCALE indique la réflectance (0–1), mais 1 % des valeurs dépassent {high:.0f} : ce sont des comptes numériques. Choisissez Auto ou comptes numériques.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="92" />
        <source>INPUT_SCALE says digital numbers, but the values are floating point up to {high:.3f} (99th percentile): this is reflectance (0–1). Choose auto or reflectance.</source>
        <translation>INPUT_SCALE indique des comptes numériques, mais les valeurs sont à virgule flottante jusqu'à {high:.3f} (99e centile) : c'est de la réflectance (0–1). Choisissez Auto ou réflectance.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="107" />
        <source>INPUT_SCALE says digital numbers with the +1000 offset, but {share:.0f} % of the values are below 1000, which the offset makes impossible: the data has no offset. Choose auto or digital numbers.</source>
        <translation>INPUT_SCALE indique des comptes numériques avec le décalage de +1000, mais {share:.0f} % des valeurs sont inférieures à 1000, ce que le décalage rend impossible : les données n'ont pas de décalage. Choisissez Auto ou comptes numériques.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="76" />
        <source>Cannot open {path} as a raster: {reason}. The file may be damaged or incomplete (e.g. an interrupted download): download or export it again.</source>
        <translation>Impossible d'ouvrir {path} comme raster : {reason}. Le fichier est peut-être endommagé ou incomplet (par ex. un téléchargement interrompu) : téléchargez-le ou exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="83" />
        <source>{path} holds complex numbers ({dtype}); Sentinel-2 images hold real reflectance or digital numbers. Use the optical product, or convert the raster to real values (e.g. Raster calculator) first.</source>
        <translation>{path} contient des nombres complexes ({dtype}) ; les images Sentinel-2 contiennent une réflectance réelle ou des comptes numériques. Utilisez le produit optique, ou convertissez d'abord le raster en valeurs réelles (par ex. avec la Calculatrice raster).</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="90" />
        <source>{path} is signed 8-bit (int8): it cannot hold Sentinel-2 digital numbers (0–10000 and more) or reflectance. Use the original 16-bit or float product.</source>
        <translation>{path} est en 8 bits signés (int8) : il ne peut contenir ni les comptes numériques Sentinel-2 (0–10000 et plus) ni la réflectance. Utilisez le produit d'origine en 16 bits ou en virgule flottante.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="151" />
        <source>{path}: no valid pixel in an even sample of {count} pixels of its bands {bands} (all nodata: the declared nodata value, NaN, or every band zero). Check the layer's extent and its nodata value.</source>
        <translation>{path} : aucun pixel valide dans un échantillon régulier de {count} pixels de ses bandes {bands} (tous nodata : la valeur nodata déclarée, NaN, ou toutes les bandes à zéro). Vérifiez l'emprise de la couche et sa valeur nodata.</translation>
    </message>
    <message>
        <location filename="../engine/writer.py" line="84" />
        <source>Cannot write the output {path}: {reason}. Check that the disk has room and that you may write there.</source>
        <translation>Impossible d'écrire la sortie {path} : {reason}. Vérifiez que le disque a de la place et que vous avez le droit d'y écrire.</translation>
    </message>
    <message>
        <location filename="../engine/memory.py" line="52" />
        <source>TILE_SIZE {tile} with BATCH_SIZE {batch} needs about {needed:.1f} GB of memory; runs are limited to half of this machine's {total:.1f} GB ({limit:.1f} GB). Lower TILE_SIZE (e.g. 512) or BATCH_SIZE: results do not depend on them.</source>
        <translation>TILE_SIZE {tile} avec BATCH_SIZE {batch} nécessite environ {needed:.1f} Go de mémoire ; les exécutions sont limitées à la moitié des {total:.1f} Go de cette machine ({limit:.1f} Go). Réduisez TILE_SIZE (par ex. 512) ou BATCH_SIZE : les résultats n'en dépendent pas.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="251" />
        <source>{parameter} would overwrite {input} ({path}), which this run reads. Choose another output file.</source>
        <translation>{parameter} écraserait {input} ({path}), que cette exécution lit. Choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="256" />
        <source>{first} and {second} name the same file ({path}): one would overwrite the other. Choose another file name for one of them.</source>
        <translation>{first} et {second} désignent le même fichier ({path}) : l'un écraserait l'autre. Choisissez un autre nom de fichier pour l'un d'eux.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="262" />
        <source>{parameter} names the folder {path}; give a file name inside it instead.</source>
        <translation>{parameter} désigne le dossier {path} ; indiquez plutôt un nom de fichier à l'intérieur.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="266" />
        <source>{parameter} must be a GeoTIFF file (.tif or .tiff), not '{name}': other formats cannot hold the georeferencing, nodata and class names this output carries.</source>
        <translation>{parameter} doit être un fichier GeoTIFF (.tif ou .tiff), pas « {name} » : les autres formats ne peuvent pas contenir le géoréférencement, le nodata et les noms de classes que porte cette sortie.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="312" />
        <source>Another run is writing {path} ({parameter}) right now. Wait for it to finish, or choose another output file.</source>
        <translation>Une autre exécution écrit {path} ({parameter}) en ce moment. Attendez qu'elle se termine, ou choisissez un autre fichier de sortie.</translation>
    </message>
    <message>
        <location filename="../engine/transaction.py" line="322" />
        <source>Cannot write {parameter} to {path}: {reason}. Choose a folder you can write to.</source>
        <translation>Impossible d'écrire {parameter} dans {path} : {reason}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message>
        <location filename="../engine/classify.py" line="30" />
        <source>Model {model} has {count} classes; with clouds masked the class raster holds at most {limit}. Set CLOUD_MASK to off.</source>
        <translation>Le modèle {model} a {count} classes ; avec les nuages masqués, le raster de classes en contient au plus {limit}. Réglez CLOUD_MASK sur off.</translation>
    </message>
    <message>
        <location filename="../engine/clouds.py" line="151" />
        <source>CLOUD_MASK is on, but the cloud detector needs at least B02, B03, B04 and B08 (better also B11 and B12); the layer has {bands}. Choose auto or off.</source>
        <translation>CLOUD_MASK vaut on, mais le détecteur de nuages nécessite au moins B02, B03, B04 et B08 (idéalement aussi B11 et B12) ; la couche a {bands}. Choisissez auto ou off.</translation>
    </message>
    <message>
        <location filename="../engine/clouds.py" line="219" />
        <source>Cannot read {path} to find clouds: {reason}.</source>
        <translation>Impossible de lire {path} pour détecter les nuages : {reason}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="83" />
        <source>Unknown {option} '{name}'. Choose one of: {names}.</source>
        <translation>Valeur de {option} inconnue : « {name} ». Choisissez parmi : {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="100" />
        <source>Training-set band means</source>
        <translation>Moyennes des bandes du jeu d'entraînement</translation>
    </message>
    <message>
        <location filename="../engine/explanations/catalogue.py" line="100" />
        <source>Blurred copy of the image</source>
        <translation>Copie floutée de l'image</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="29" />
        <source>the visible bands</source>
        <translation>les bandes visibles</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="30" />
        <source>the red edge</source>
        <translation>le red-edge</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="31" />
        <source>the near-infrared</source>
        <translation>le proche infrarouge</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="32" />
        <source>the short-wave infrared</source>
        <translation>l'infrarouge à ondes courtes</translation>
    </message>
    <message>
        <location filename="../engine/explanations/features.py" line="33" />
        <source>the atmospheric bands</source>
        <translation>les bandes atmosphériques</translation>
    </message>
    <message>
        <location filename="../engine/explanations/lime_weights.py" line="131" />
        <source>N_SAMPLES={budget} is too small: LIME fits a linear model to perturbed samples and needs at least 2 (lime's default is 1000).</source>
        <translation>N_SAMPLES={budget} est trop petit : LIME ajuste un modèle linéaire à des échantillons perturbés et en nécessite au moins 2 (1000 par défaut dans lime).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>very low</source>
        <translation>très faible</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>typical</source>
        <translation>typique</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>high</source>
        <translation>élevée</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="25" />
        <source>very high</source>
        <translation>très élevée</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="86" />
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="93" />
        <source>band {name}</source>
        <translation>la bande {name}</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), well ahead of {second} ({q}).</source>
        <translation>Classé en {first} ({p}), loin devant {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), ahead of {second} ({q}).</source>
        <translation>Classé en {first} ({p}), devant {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="101" />
        <source>Classified {first} ({p}), only narrowly ahead of {second} ({q}).</source>
        <translation>Classé en {first} ({p}), de justesse devant {second} ({q}).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="117" />
        <source>{feature} ({value})</source>
        <translation>{feature} ({value})</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="120" />
        <source>{feature} ({level} here, {value})</source>
        <translation>{feature} (réflectance {level} ici, {value})</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="137" />
        <source>Mostly because of {items}, pushing towards {target}.</source>
        <translation>Surtout en faveur de {target} : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="138" />
        <source>Because of {items}, pushing towards {target}.</source>
        <translation>En faveur de {target} : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="139" />
        <source>No feature matters much; the largest push towards {target} comes from {items}.</source>
        <translation>Aucune variable ne pèse beaucoup ; le plus en faveur de {target} : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="145" />
        <source>No feature pushes towards {target}.</source>
        <translation>Aucune variable n'est en faveur de {target}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="149" />
        <source>{items} argue strongly against it.</source>
        <translation>Fortement en défaveur : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="150" />
        <source>{items} argue against it.</source>
        <translation>En défaveur : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="151" />
        <source>{items} argue slightly against it.</source>
        <translation>Légèrement en défaveur : {items}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="158" />
        <source>north-west</source>
        <translation>nord-ouest</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="158" />
        <source>north</source>
        <translation>nord</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="159" />
        <source>north-east</source>
        <translation>nord-est</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="159" />
        <source>west</source>
        <translation>ouest</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="160" />
        <source>centre</source>
        <translation>centrale</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="160" />
        <source>east</source>
        <translation>est</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="161" />
        <source>south-west</source>
        <translation>sud-ouest</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="161" />
        <source>south</source>
        <translation>sud</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="162" />
        <source>south-east</source>
        <translation>sud-est</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="177" />
        <source>The map shows no evidence for {target} in this window.</source>
        <translation>La carte ne montre aucun indice en faveur de {target} dans cette fenêtre.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="194" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}: it points at what the model uses.</source>
        <translation>Retirer les {fraction} de l'entrée que cette explication classe le plus haut fait varier la probabilité de {target} de {top} ; en retirer autant au hasard, de {random} : elle désigne bien ce qu'utilise le modèle.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="203" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}: read it with care.</source>
        <translation>Retirer les {fraction} de l'entrée que cette explication classe le plus haut fait varier la probabilité de {target} de {top} ; en retirer autant au hasard, de {random} : à lire avec prudence.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="254" />
        <source>{name} covers {share} of the valid pixels.</source>
        <translation>{name} couvre {share} des pixels valides.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="271" />
        <source>the class explained</source>
        <translation>la classe expliquée</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="145" />
        <source>No bundled model can run on bands {bands}: each needs at least B02, B03 and B04. Check BANDS.</source>
        <translation>Aucun modèle fourni ne peut fonctionner sur les bandes {bands} : chacun nécessite au moins B02, B03 et B04. Vérifiez BANDS.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="150" />
        <source>Unknown MODEL '{name}'. Known: {names}.</source>
        <translation>MODEL « {name} » inconnu. Modèles connus : {names}.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/window.py" line="74" />
        <source>The place clicked lies outside {path} ({width}×{height} pixels). Click on the layer.</source>
        <translation>L'endroit cliqué se trouve hors de {path} ({width}×{height} pixels). Cliquez sur la couche.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/window.py" line="182" />
        <source>The window around the place clicked holds only nodata in {path}. Click where the image has data.</source>
        <translation>La fenêtre autour de l'endroit cliqué ne contient que du nodata dans {path}. Cliquez là où l'image a des données.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="132" />
        <source>None of the {count} polygons covers a valid pixel of the image: they lie outside it (check the layers' CRS and extent) or on nodata.</source>
        <translation>Aucun des {count} polygones ne couvre un pixel valide de l'image : ils se trouvent hors de celle-ci (vérifiez le SCR et l'emprise des couches) ou sur du nodata.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="137" />
        <source>The polygons over the image hold one class only ({name} in field {field}); a model needs {minimum} to {maximum} classes. Digitise polygons of the other classes too, or choose the field with the classes.</source>
        <translation>Les polygones sur l'image ne contiennent qu'une seule classe ({name} dans le champ {field}) ; un modèle nécessite de {minimum} à {maximum} classes. Numérisez aussi des polygones des autres classes, ou choisissez le champ contenant les classes.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="142" />
        <source>Field {field} holds {count} classes in the polygons over the image; a model can learn {minimum} to {maximum}. Merge classes, or choose another field.</source>
        <translation>Le champ {field} contient {count} classes dans les polygones sur l'image ; un modèle peut en apprendre de {minimum} à {maximum}. Fusionnez des classes, ou choisissez un autre champ.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="152" />
        <source>Too few labelled pixels for class(es) {classes}: each needs at least {minimum} (half for training, half to test on a separate area). Digitise more or larger polygons of them.</source>
        <translation>Trop peu de pixels étiquetés pour la ou les classes {classes} : chacune en nécessite au moins {minimum} (la moitié pour l'entraînement, la moitié pour le test sur une zone séparée). Numérisez davantage de polygones de ces classes, ou des polygones plus grands.</translation>
    </message>
    <message>
        <location filename="../engine/fine_tuning.py" line="486" />
        <source>No 64×64 window is centred on the training polygons of class(es) {classes} (their pixels must include 2×2 blocks). Digitise larger polygons of them.</source>
        <translation>Aucune fenêtre de 64×64 n'est centrée sur les polygones d'entraînement de la ou des classes {classes} (leurs pixels doivent inclure des blocs de 2×2). Numérisez des polygones plus grands pour ces classes.</translation>
    </message>
    <message>
        <location filename="../engine/pipeline.py" line="184" />
        <source>Every pixel of the input is nodata (declared nodata, or all bands zero): there is nothing to process. Check {path} and its nodata value.</source>
        <translation>Tous les pixels de l'entrée sont nodata (nodata déclaré, ou toutes les bandes à zéro) : il n'y a rien à traiter. Vérifiez {path} et sa valeur nodata.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="63" />
        <source>Cannot open {path} as a raster: {reason}. The file may be damaged or incomplete: export it again.</source>
        <translation>Impossible d'ouvrir {path} comme raster : {reason}. Le fichier est peut-être endommagé ou incomplet : exportez-le à nouveau.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="67" />
        <source>{path} holds {dtype} values; a class raster holds whole numbers (one value per class). Choose the land-cover map, not a probability or image layer.</source>
        <translation>{path} contient des valeurs {dtype} ; un raster de classes contient des nombres entiers (une valeur par classe). Choisissez la carte d'occupation du sol, pas une couche de probabilité ou d'image.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="185" />
        <source>Reference geometry of type {kind}: use points or polygons.</source>
        <translation>Géométrie de référence de type {kind} : utilisez des points ou des polygones.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="273" />
        <source>CLASS_MAP entry '{entry}' is not 'reference class=map class, map class'. Example: water=River,SeaLake; forest=Forest</source>
        <translation>L'entrée CLASS_MAP « {entry} » n'est pas de la forme « classe de référence=classe de la carte, classe de la carte ». Exemple : eau=River,SeaLake; forêt=Forest</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="278" />
        <source>CLASS_MAP names the reference class '{name}' twice; list all its map classes in one entry.</source>
        <translation>CLASS_MAP nomme deux fois la classe de référence « {name} » ; listez toutes ses classes de la carte dans une seule entrée.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="316" />
        <source>CLASS_MAP entry '{entry}' names '{name}', which is not a class of the map. The map's classes: {names}.{hint}</source>
        <translation>L'entrée CLASS_MAP « {entry} » nomme « {name} », qui n'est pas une classe de la carte. Classes de la carte : {names}.{hint}</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="329" />
        <source>CLASS_MAP puts the map class '{name}' into two reference classes; a map class can belong to one only.</source>
        <translation>CLASS_MAP place la classe de la carte « {name} » dans deux classes de référence ; une classe de la carte ne peut appartenir qu'à une seule.</translation>
    </message>
    <message>
        <location filename="../engine/reference.py" line="347" />
        <source>The reference class '{name}' (field {field}) is not a class of the map: {names}.{hint} Use the map's class names, or say which map classes it stands for with CLASS_MAP, e.g. {name}=Forest.</source>
        <translation>La classe de référence « {name} » (champ {field}) n'est pas une classe de la carte : {names}.{hint} Utilisez les noms de classes de la carte, ou indiquez avec CLASS_MAP quelles classes de la carte elle représente, par ex. {name}=Forest.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="117" />
        <source>BATCH_SIZE must be at least 1, not {size}.</source>
        <translation>BATCH_SIZE doit valoir au moins 1, et non {size}.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="160" />
        <source>CLOUD_MASK must be one of {choices}, not '{choice}'.</source>
        <translation>CLOUD_MASK doit être l'un de {choices}, et non '{choice}'.</translation>
    </message>
    <message>
        <location filename="../engine/run.py" line="166" />
        <source>CLOUD_MASK is on, but the packages ukis-csmask and onnxruntime are missing. Install them (in QGIS: Raster ▸ Explainable LULC ▸ Install dependencies…) or choose off.</source>
        <translation>CLOUD_MASK est activé, mais les paquets ukis-csmask et onnxruntime manquent. Installez-les (dans QGIS : Raster ▸ Explainable LULC ▸ Installer les dépendances…) ou choisissez off.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="125" />
        <source>Cannot tell which Sentinel-2 band each of the layer's {count} bands is: they have no band descriptions and there is no standard order for {count} bands. Give them in BANDS, in the layer's order (a true-colour image is B04,B03,B02).</source>
        <translation>Impossible de dire quelle bande Sentinel-2 est chacune des {count} bandes de la couche : elles n’ont pas de descriptions de bandes et il n’existe pas d’ordre standard pour {count} bandes. Donnez-les dans BANDS, dans l’ordre de la couche (une image en couleurs naturelles est B04,B03,B02).</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="233" />
        <source>This explanation is flat on every window tested: nothing in them stands out for {target}, so there is nothing to test.</source>
        <translation>Cette explication est plate dans chaque fenêtre testée : rien n’y ressort pour {target}, il n’y a donc rien à tester.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="99" />
        <source>INPUT_SCALE says digital numbers with the +1000 offset, but the cirrus band B10 has a median of {median:.0f}: with the offset it sits near 1000 or above, without it near 0. The data has no offset: choose auto or digital numbers.</source>
        <translation>INPUT_SCALE indique des valeurs numériques avec le décalage +1000, mais la bande cirrus B10 a une médiane de {median:.0f} : avec le décalage elle se situe vers 1000 ou au-dessus, sans lui vers 0. Les données n’ont pas de décalage : choisissez auto ou valeurs numériques.</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="161" />
        <source>{path}: its {count} bands were taken in the standard order (no band descriptions, no BANDS), but the band read as B10 (cirrus, band {index}) is darker than those read as B01 and B09 in only {share:.0f} % of the pixels, where the cirrus band is the darkest of the three almost everywhere: the bands are in another order. Give their order in BANDS (e.g. B04,B03,B02,B08,…) or write band descriptions.</source>
        <translation>{path} : ses {count} bandes ont été lues dans l’ordre standard (pas de descriptions de bandes, pas de BANDS), mais la bande lue comme B10 (cirrus, bande {index}) n’est plus sombre que celles lues comme B01 et B09 que dans {share:.0f} % des pixels, alors que la bande cirrus est la plus sombre des trois presque partout : les bandes sont dans un autre ordre. Donnez leur ordre dans BANDS (par ex. B04,B03,B02,B08,…) ou écrivez des descriptions de bandes.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="108" />
        <source>Band {alpha} of the layer is an alpha band: it holds transparency, not a Sentinel-2 band. Save the other bands alone (Raster ▸ Conversion ▸ Translate, or gdal_translate {keep}) and use that layer.</source>
        <translation>La bande {alpha} de la couche est une bande alpha : elle contient la transparence, pas une bande Sentinel-2. Enregistrez les autres bandes seules (Raster ▸ Conversion ▸ Traduire, ou gdal_translate {keep}) et utilisez cette couche.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="197" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}; removed step by step, what it ranks highest lowers the probability much faster than random (mean {area} along the way, against {random_area}): it points at what the model uses, though not all of it within its top {fraction}.</source>
        <translation>Retirer les {fraction} de l'entrée que cette explication classe le plus haut fait varier la probabilité de {target} de {top} ; en retirer autant au hasard, de {random} ; retiré pas à pas, ce qu'elle classe le plus haut fait baisser la probabilité bien plus vite que le hasard (en moyenne {area} en chemin, contre {random_area}) : elle désigne ce qu'utilise le modèle, sans que tout tienne dans ses {fraction} premiers.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="206" />
        <source>Removing the {fraction} of the input this explanation ranks highest changes the probability of {target} by {top}; removing as much at random, by {random}, and step by step too it does no better than random: do not rely on it here.</source>
        <translation>Retirer les {fraction} de l'entrée que cette explication classe le plus haut fait varier la probabilité de {target} de {top} ; en retirer autant au hasard, de {random}, et pas à pas non plus elle ne fait pas mieux que le hasard : ne vous y fiez pas ici.</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>parameter</source>
        <translation>paramètre</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>descriptions</source>
        <translation>descriptions</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>colour interpretation</source>
        <translation>interprétation des couleurs</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="24" />
        <source>band count</source>
        <translation>nombre de bandes</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="75" />
        <source>8-bit data (uint8) cannot hold Sentinel-2 digital numbers: this looks like a display product (stretched true colour). The models expect reflectance; expect poor results, and use the 16-bit product where you can.</source>
        <translation>Des données 8 bits (uint8) ne peuvent pas contenir des comptes numériques Sentinel-2 : cela ressemble à un produit d'affichage (couleurs vraies étirées). Les modèles attendent de la réflectance ; attendez-vous à de mauvais résultats et utilisez le produit 16 bits si vous le pouvez.</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="112" />
        <source>{share:.1f} % of the values are below 1000, which the +1000 offset should make rare: check that the product really carries the offset</source>
        <translation>{share:.1f} % des valeurs sont sous 1000, ce que le décalage de +1000 devrait rendre rare : vérifiez que le produit porte vraiment ce décalage</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="116" />
        <source>the 99th percentile of the values is {high:.2f}, above reflectance's usual range (0–1.5)</source>
        <translation>le 99e centile des valeurs vaut {high:.2f}, au-dessus de la plage habituelle de la réflectance (0–1,5)</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="119" />
        <source>the 99th percentile of the values is only {high:.0f}; digital numbers are usually in the hundreds to thousands</source>
        <translation>le 99e centile des valeurs ne vaut que {high:.0f} ; les comptes numériques se comptent d'habitude en centaines ou en milliers</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="122" />
        <source>as requested</source>
        <translation>comme demandé</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="150" />
        <source>no valid pixel sampled</source>
        <translation>aucun pixel valide échantillonné</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="153" />
        <source>float data, 99th percentile {high:.3f} ≤ 1.5: reflectance</source>
        <translation>données flottantes, 99e centile {high:.3f} ≤ 1,5 : réflectance</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="156" />
        <source>the metadata declares the +1000 offset</source>
        <translation>les métadonnées déclarent le décalage de +1000</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="161" />
        <source>B10 5th percentile {cirrus:.0f} ≥ 1000: digital numbers with the +1000 offset of processing baseline ≥ 04.00</source>
        <translation>5e centile de B10 {cirrus:.0f} ≥ 1000 : comptes numériques avec le décalage de +1000 de la baseline de traitement ≥ 04.00</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="164" />
        <source>B10 5th percentile {cirrus:.0f} &lt; 1000: digital numbers without offset</source>
        <translation>5e centile de B10 {cirrus:.0f} &lt; 1000 : comptes numériques sans décalage</translation>
    </message>
    <message>
        <location filename="../engine/scaling.py" line="166" />
        <source>integer data: digital numbers without offset assumed (for products acquired from 25 Jan 2022 on, choose the +1000 offset in INPUT_SCALE)</source>
        <translation>données entières : comptes numériques sans décalage supposés (pour les produits acquis à partir du 25 janv. 2022, choisissez le décalage de +1000 dans INPUT_SCALE)</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="53" />
        <source>{level} as the metadata declares</source>
        <translation>{level}, comme le déclarent les métadonnées</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="56" />
        <source>L2A assumed: 12 bands without B10, as ESA's L2A products</source>
        <translation>L2A supposé : 12 bandes sans B10, comme les produits L2A de l'ESA</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="58" />
        <source>L1C: the layer has B10, which L2A products lack</source>
        <translation>L1C : la couche a B10, qui manque aux produits L2A</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="59" />
        <source>L1C assumed; nothing in the layer says L2A</source>
        <translation>L1C supposé ; rien dans la couche n'indique L2A</translation>
    </message>
    <message>
        <location filename="../engine/source.py" line="176" />
        <source>the band named B10 (cirrus) is darker than those named B01 and B09 in only {share:.0f} % of the pixels, where the cirrus band is the darkest of the three almost everywhere: check the band order</source>
        <translation>la bande nommée B10 (cirrus) n'est plus sombre que celles nommées B01 et B09 que dans {share:.0f} % des pixels, alors que la bande cirrus est presque partout la plus sombre des trois : vérifiez l'ordre des bandes</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="171" />
        <source>Where in the window the evidence for {target} lies is not said: Grad-CAM's map did no better than chance here.</source>
        <translation>Où se trouvent dans la fenêtre les indices en faveur de {target} n'est pas dit : la carte Grad-CAM n'a pas fait mieux que le hasard ici.</translation>
    </message>
    <message>
        <location filename="../engine/explanations/plain_language.py" line="186" />
        <source>Half of the evidence for {target} lies in {share} of the window, most of it in its {part}.</source>
        <translation>La moitié des indices en faveur de {target} se trouve dans {share} de la fenêtre, la plus grande part dans sa partie {part}.</translation>
    </message>
</context>
</TS>