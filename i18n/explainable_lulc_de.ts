<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1">
<context>
    <name>ClassifyLulc</name>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="18" />
        <source>Classify LULC</source>
        <translation>Landbedeckung klassifizieren</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="48" />
        <source>Land cover</source>
        <translation>Landbedeckung</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="27" />
        <source>&lt;p&gt;Maps land use / land cover from a Sentinel-2 image with a convolutional network trained on EuroSAT, pixel by pixel, exactly on the input's grid.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Input&lt;/b&gt;: a Sentinel-2 raster (L1C or L2A; 3, 4, 10, 12 or 13 bands, any order). &lt;b&gt;Bands&lt;/b&gt;: which Sentinel-2 band each layer band is. Left empty, band descriptions such as B02 or B8A are used, else ESA's standard order for the band count; the log says which order was assumed. &lt;b&gt;Pixel values&lt;/b&gt;: digital numbers (with or without the +1000 offset of 2022 products) or reflectance; auto decides and logs why. &lt;b&gt;Model&lt;/b&gt;: auto picks the bundled model using most of the layer's bands.&lt;/p&gt;&lt;p&gt;&lt;b&gt;How&lt;/b&gt;: the model classifies 64×64-pixel windows (640 m). It is evaluated densely, for the window centred on every 8×8 block at once, and the class probabilities are interpolated bilinearly to every pixel before choosing the most probable class. Results do not depend on the tile size.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Outputs&lt;/b&gt;: the class raster (values 0–9: AnnualCrop, Forest, HerbaceousVegetation, Highway, Industrial, Pasture, PermanentCrop, Residential, River, SeaLake; 255 = nodata) with class names and colours, and optionally the probability of the chosen class. Pixels that are nodata in the input (declared nodata, or all bands zero) are nodata in both.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="48" />
        <source>GeoTIFF of class values 0–9 (nodata 255), with class names and a colour table.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="52" />
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="52" />
        <source>GeoTIFF of the chosen class's probability (0–1, nodata −1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="66" />
        <source>Processing {width}×{height} px in tiles of {tile} px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="73" />
        <source>{tiles} tiles in {seconds:.1f} s ({rate:.2f} Mpx/s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="76" />
        <source>Land cover ({model})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/classify_lulc.py" line="80" />
        <source>Confidence ({model})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainGradCam</name>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="28" />
        <source>Explain with Grad-CAM</source>
        <translation>Mit Grad-CAM erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="31" />
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="37" />
        <source>&lt;p&gt;Shows where the land-cover model finds evidence for a class: a georeferenced heat map on the input's grid, styled over the imagery.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Grad-CAM&lt;/b&gt; (Selvaraju et al. 2017) weighs the last convolutional layer's feature maps by the class's gradient. For this model that is computed for every 64×64 window at once, in one pass, so it costs about what classifying costs; each pixel shows the evidence of the windows around it, in the model's units (a window's cells add up to its class score), comparable across the whole scene.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Guided Grad-CAM&lt;/b&gt; multiplies Grad-CAM by guided backpropagation at full resolution (summed over bands; positive values support the class). Gradients there belong to one window, so the map is a mosaic of 64×64 patches (640 m), each explained on its own exactly as captum's GuidedGradCam explains a EuroSAT patch. The same holds for Grad-CAM of another layer.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class to explain&lt;/b&gt;: predicted (the class the model predicts at each place, as Classify LULC maps it) or a class name, e.g. Forest: “where does the model see Forest?”&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="57" />
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="57" />
        <source>Grad-CAM: smooth map of where the evidence is. Guided Grad-CAM: the same, sharpened to pixels by guided backpropagation, one 64×64 patch at a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="63" />
        <source>Layer to explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="63" />
        <source>Name of a convolutional layer of the model, e.g. features.13. Empty: the last convolutional layer (the usual choice: the most class-specific).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="69" />
        <source>Attribution</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="69" />
        <source>Float32 GeoTIFF on the input's grid (nodata where the input is nodata).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="73" />
        <source>Preview image</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="73" />
        <source>PNG files (*.png)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="73" />
        <source>PNG: true colour beside the heat map over it, with a colour bar.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="94" />
        <source>{method} of layer {layer} for {target}, in tiles of {tile} px</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="98" />
        <source>{tiles} tiles in {seconds:.1f} s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_gradcam.py" line="103" />
        <source>{method}: {target} ({model})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainShap</name>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="37" />
        <source>Explain with SHAP</source>
        <translation>Mit SHAP erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="40" />
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="46" />
        <source>&lt;p&gt;How much each input feature pushed the model towards (or away from) a class, at every place: SHAP values (Lundberg &amp;amp; Lee 2017), in units of the class's probability. At each place, the base value (every feature removed) plus the features' values add up to the probability the model gives the class there.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Band groups&lt;/b&gt; or &lt;b&gt;spectral bands&lt;/b&gt;: one output band per feature (described B08, NIR, …): did the model use near-infrared, or just colour? A coalition of features is evaluated for the whole tile at once, so every 64×64 window gets exact Shapley values (or sampled ones when the features are too many for the budget) at the cost of one pass per coalition. Each 8×8 block shows the window centred on it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Superpixels&lt;/b&gt;: which parts of each 64×64 patch (640 m) made the decision. Each patch is cut into SLIC superpixels and explained on its own, as shap explains one EuroSAT image; one output band.&lt;/p&gt;&lt;p&gt;The optional report ranks the features for each predicted class and shows a few places as shap's image plot does.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="66" />
        <source>Features</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="66" />
        <source>What a contribution is measured for. Band groups: 5 or fewer features, exact and fast. Spectral bands: each band of the model (exact up to 9 bands with the default budget, sampled beyond). Superpixels: regions of each 64×64 patch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="73" />
        <source>Background</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="73" />
        <source>What a removed feature is replaced by. Band means of the training set: 'what if this band said nothing'. A blurred copy (15 px box): 'what if this band had no detail here'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="79" />
        <source>Evaluation budget (model passes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="79" />
        <source>Model passes per tile. Exact Shapley values when all 2^n coalitions of the n features fit, else permutation sampling (each permutation and its reverse) with as many permutations as fit. Time grows linearly with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="86" />
        <source>Superpixels per patch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="86" />
        <source>About how many SLIC superpixels each 64×64 patch is cut into (superpixel features only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="93" />
        <source>SHAP values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="93" />
        <source>Float32 GeoTIFF on the input's grid, one band per feature (nodata where the input is nodata).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="98" />
        <source>Report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="98" />
        <source>HTML files (*.html)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="98" />
        <source>HTML: features ranked per predicted class, mean |SHAP| chart, example places.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="127" />
        <source>SHAP of {features} for {target}: {estimator}, background {background}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="132" />
        <source>{tiles} tiles in {seconds:.1f} s; additivity within {error:.1e}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/explain_shap.py" line="137" />
        <source>SHAP: {target} ({model})</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainableLulc</name>
    <message>
        <location filename="../processing_provider/provider.py" line="24" />
        <source>Explainable LULC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="27" />
        <source>Explainable LULC: Sentinel-2 land cover with explanations</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/provider.py" line="54" />
        <source>Model card skipped: {problem}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExplainableLulcPlugin</name>
    <message>
        <location filename="../plugin/plugin.py" line="45" />
        <source>Classify LULC…</source>
        <translation>Landbedeckung klassifizieren…</translation>
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="46" />
        <source>Classify the active Sentinel-2 layer into EuroSAT land-cover classes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../plugin/plugin.py" line="61" />
        <source>Explainable LULC</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LulcAlgorithm</name>
    <message>
        <location filename="../processing_provider/base.py" line="121" />
        <source>Sentinel-2 image</source>
        <translation>Sentinel-2-Bild</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="121" />
        <source>A Sentinel-2 raster layer: a band stack (GeoTIFF, VRT) or a .SAFE product's subdataset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="125" />
        <source>Band names, in layer order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="125" />
        <source>The Sentinel-2 band of each layer band, comma-separated, e.g. B02,B03,B04,B08. Empty: taken from the band descriptions when they are band names, else from the band count in ESA's order (13: B01…B08, B8A, B09…B12; 12: the same without B10; 10: B02…B08, B8A, B11, B12; 4: B02, B03, B04, B08). EuroSAT's own files (B8A last) need BANDS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134" />
        <source>Pixel values</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="134" />
        <source>How pixel values relate to reflectance. Auto: float data up to about 1.5 is reflectance; integer data are digital numbers (reflectance × 10000), with the +1000 offset of processing baseline 04.00 when the metadata declares it or B10 shows it. Products acquired from 25 January 2022 on carry that offset.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="145" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="154" />
        <source>Device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="154" />
        <source>auto: a CUDA GPU when PyTorch sees one, else the CPU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="160" />
        <source>Tiles per batch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="160" />
        <source>Tiles sent to the model at once. More uses more memory; helps mostly on a GPU.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="167" />
        <source>Tile size (pixels)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="167" />
        <source>Side of the square tiles the raster is processed in (a multiple of 8). Results do not depend on it; memory does.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="230" />
        <source>Explainable LULC needs these Python packages in QGIS's Python: {names}. See the plugin's README, section 'Installing the Python dependencies'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="236" />
        <source>{problem}. Two GDAL builds in one process crash QGIS: install a rasterio built against QGIS's GDAL (see the README).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="254" />
        <source>Cancelled; no output was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="275" />
        <source>INPUT is not a raster layer. Choose a Sentinel-2 raster.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="277" />
        <source>INPUT comes from the '{provider}' provider; only file rasters (GDAL) can be processed. Save it as a GeoTIFF first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="282" />
        <source>Bands ({source}): {bands}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="290" />
        <source>No bundled model can run on bands {bands}: each needs at least B02, B03 and B04. Check BANDS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="296" />
        <source>Unknown MODEL '{name}'. Known: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="299" />
        <source>Model: {name} ({title}), bands {bands}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="304" />
        <source>Pixel values: {scale} ({reason})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="311" />
        <source>TILE_SIZE must be a multiple of 8, not {size}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="318" />
        <source>Device: {device}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="181" />
        <source>Class to explain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="181" />
        <source>predicted: at each place, the class the model predicts there. A class name (e.g. Forest): where, and how strongly, the model sees that class.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="197" />
        <source> Did you mean {name}?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="198" />
        <source>Unknown TARGET class '{name}'. Choose one of: {names}.{hint}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="145" />
        <source>The model to run. auto: the bundled model that uses most of the layer's bands. Your own models (a card .json beside its weights) are listed too when placed in the QGIS profile's explainable_lulc/models folder or a folder named by $EXPLAINABLE_LULC_MODELS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="205" />
        <source>MODEL '{name}' cannot be used: {problem}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="256" />
        <source>Out of memory. Lower TILE_SIZE or BATCH_SIZE (results do not depend on them); no output was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../processing_provider/base.py" line="307" />
        <source>Pixel values: {warning}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>engine</name>
    <message>
        <location filename="../engine/bands.py" line="70" />
        <source>BANDS: {band} is given twice; each band may appear once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/device.py" line="14" />
        <source>DEVICE must be one of {choices}, not '{choice}'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="30" />
        <source>Auto (from data type and values)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="31" />
        <source>Digital numbers (reflectance × 10000)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="32" />
        <source>Digital numbers + 1000 offset (processing baseline ≥ 04.00, 2022 on)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="34" />
        <source>Reflectance (0–1)</source>
        <translation>Reflexion (0–1)</translation>
    </message>
    <message>
        <location filename="../engine/bands.py" line="48" />
        <source>The model needs band(s) {missing}, which the layer lacks (its bands: {present}). Choose a model that uses only these bands, or correct BANDS.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/bands.py" line="64" />
        <source>BANDS: '{item}' is not a Sentinel-2 band name. Use names such as B02, B8A or B11, one per layer band.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/bands.py" line="77" />
        <source>BANDS names {given} band(s) but the layer has {count}: give one name per layer band, in the layer's order.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/bands.py" line="90" />
        <source>The layer has {count} band(s); a land-cover model needs at least the blue, green and red bands (B02, B03, B04). Load a multi-band Sentinel-2 stack or a VRT of its bands.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/bands.py" line="103" />
        <source>Cannot tell which Sentinel-2 band each of the layer's {count} bands is: its band descriptions are not band names and there is no standard order for {count} bands. Give them in BANDS, e.g. B02,B03,B04.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/device.py" line="22" />
        <source>DEVICE is cuda but PyTorch sees no CUDA GPU (PyTorch {version}). Choose auto or cpu, or install a CUDA build of PyTorch.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="64" />
        <source>The raster is {width}×{height} pixels; the model looks at {size}×{size} windows, so it needs at least that. Use a larger extent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/pipeline.py" line="134" />
        <source>Every pixel of the input is nodata (declared nodata, or all bands zero): there is nothing to process. Check the layer and its nodata value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/explainers.py" line="76" />
        <source>LAYER '{layer}' is not a convolutional layer of model {model}. Choose one of: {names} (empty: the last, {default}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/explainers.py" line="207" />
        <source>Grad-CAM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/explainers.py" line="225" />
        <source>Guided Grad-CAM</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/explain.py" line="26" />
        <source>Unknown TARGET class '{name}'. Choose predicted or one of: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/shap_explainers.py" line="243" />
        <source>Spectral bands</source>
        <translation>Spektralbänder</translation>
    </message>
    <message>
        <location filename="../engine/shap_explainers.py" line="251" />
        <source>Band groups (visible, red edge, NIR, SWIR, atmospheric)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/shap_explainers.py" line="261" />
        <source>Superpixels (SLIC, per 64×64 patch)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/shap_explainers.py" line="352" />
        <source>Unknown BACKGROUND '{name}'. Choose one of: {names}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/shapley.py" line="109" />
        <source>N_SAMPLES={budget} is too small for {features} features: sampling needs at least {minimum} model evaluations (one permutation and its reverse), exact values {exact}. Raise N_SAMPLES or choose fewer features (band groups).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/pipeline.py" line="80" />
        <source>Cannot read {path}: {reason}. The file may be damaged or incomplete (e.g. an interrupted download or copy): download or export it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="72" />
        <source>INPUT_SCALE says reflectance (0–1), but 1 % of the values exceed {high:.0f}: these are digital numbers. Choose auto or digital numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="76" />
        <source>INPUT_SCALE says digital numbers, but the values are floating point up to {high:.3f} (99th percentile): this is reflectance (0–1). Choose auto or reflectance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/scaling.py" line="83" />
        <source>INPUT_SCALE says digital numbers with the +1000 offset, but {share:.0f} % of the values are below 1000, which the offset makes impossible: the data has no offset. Choose auto or digital numbers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="44" />
        <source>Cannot open {path} as a raster: {reason}. The file may be damaged or incomplete (e.g. an interrupted download): download or export it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="51" />
        <source>{path} holds complex numbers ({dtype}); Sentinel-2 images hold real reflectance or digital numbers. Use the optical product, or convert the raster to real values (e.g. Raster calculator) first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="58" />
        <source>{path} is signed 8-bit (int8): it cannot hold Sentinel-2 digital numbers (0–10000 and more) or reflectance. Use the original 16-bit or float product.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="88" />
        <source>Cannot read {path}: {reason}. The file may be damaged or incomplete: download or export it again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/source.py" line="104" />
        <source>{path}: no valid pixel in an even sample of {count} pixels of its bands {bands} (all nodata: the declared nodata value, NaN, or every band zero). Check the layer's extent and its nodata value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/writer.py" line="66" />
        <source>Cannot write the output {path}: {reason}. Check that the disk has room and that you may write there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/memory.py" line="52" />
        <source>TILE_SIZE {tile} with BATCH_SIZE {batch} needs about {needed:.1f} GB of memory; runs are limited to half of this machine's {total:.1f} GB ({limit:.1f} GB). Lower TILE_SIZE (e.g. 512) or BATCH_SIZE: results do not depend on them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="193" />
        <source>{parameter} would overwrite {input} ({path}), which this run reads. Choose another output file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="198" />
        <source>{first} and {second} name the same file ({path}): one would overwrite the other. Choose another file name for one of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="204" />
        <source>{parameter} names the folder {path}; give a file name inside it instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="208" />
        <source>{parameter} must be a GeoTIFF file (.tif or .tiff), not '{name}': other formats cannot hold the georeferencing, nodata and class names this output carries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="247" />
        <source>Another run is writing {path} ({parameter}) right now. Wait for it to finish, or choose another output file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../engine/transaction.py" line="257" />
        <source>Cannot write {parameter} to {path}: {reason}. Choose a folder you can write to.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>