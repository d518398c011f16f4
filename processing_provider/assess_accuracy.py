"""Assess LULC accuracy: a class map against reference points or polygons — error matrix, the sample's
figures, area-adjusted accuracy and class areas (Olofsson et al. 2014) — as a table, a report and
numbers the modeler can use."""
from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsPalettedRasterRenderer,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from .base import ExplainableLulcAlgorithm, FeedbackMonitor
from .reference_features import read_reference


class AssessAccuracy(ExplainableLulcAlgorithm):
    INPUT = "INPUT"
    REFERENCE = "REFERENCE"
    CLASS_FIELD = "CLASS_FIELD"
    CLASS_MAP = "CLASS_MAP"
    POLYGON_SAMPLING = "POLYGON_SAMPLING"
    SAMPLES_PER_POLYGON = "SAMPLES_PER_POLYGON"
    SEED = "SEED"
    OUTPUT_MATRIX = "OUTPUT_MATRIX"
    OUTPUT_REPORT = "OUTPUT_REPORT"
    OVERALL_ACCURACY = "OVERALL_ACCURACY"
    KAPPA = "KAPPA"
    AREA_ADJUSTED_ACCURACY = "AREA_ADJUSTED_ACCURACY"

    def name(self) -> str:
        return "assess_accuracy"

    def displayName(self) -> str:  # noqa: N802 - QGIS API
        return self.tr("Assess LULC accuracy")

    def group(self) -> str:
        return self.tr("Land cover")

    def groupId(self) -> str:  # noqa: N802 - QGIS API
        return "land_cover"

    def shortHelpString(self) -> str:  # noqa: N802 - QGIS API
        return self.tr(
            "<p>How right is a land-cover map? Compares a class raster (from Classify LULC or any categorised "
            "raster) with reference points or polygons whose class you know.</p>"
            "<p><b>Outputs</b>: the error matrix (map classes in rows, reference classes in columns, with user's "
            "and producer's accuracy) as a table; an HTML report; the overall accuracy, kappa and area-adjusted "
            "overall accuracy as numbers for the modeler.</p>"
            "<p>The report gives the sample's overall accuracy with its 95 % interval (Wilson), kappa, user's "
            "and producer's accuracy and F1 per class, and the <b>area-adjusted</b> estimates of Olofsson et al. "
            "(2014): each map class weighted by its share of the map's pixels, giving overall, user's and "
            "producer's accuracy and each class's area with 95 % intervals. Report the estimated areas, not the "
            "pixel counts.</p>"
            "<p><b>Class names</b> of the map come from the file (category names or attribute table), else its "
            "style, else its values. When the reference uses another legend, <b>Class map</b> says which map "
            "classes each reference class stands for, e.g. <i>water=River,SeaLake; forest=Forest</i>.</p>"
            "<p><b>Polygons</b>: every pixel whose centre lies inside, or a few random pixels per polygon "
            "(seeded, reproducible). Pixels of one polygon are not independent samples: intervals computed from "
            "all of them are too narrow.</p>"
        )

    def initAlgorithm(self, config=None) -> None:  # noqa: N802 - QGIS API
        self.add_parameter(
            QgsProcessingParameterRasterLayer(self.INPUT, self.tr("Land-cover map")),
            self.tr("A class raster: one whole number per class (e.g. the output of Classify LULC)."),
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSource(self.REFERENCE, self.tr("Reference points or polygons"),
                                                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]),
            self.tr("Places whose class you know (field visits, photo interpretation). Any CRS: they are "
                    "reprojected to the map's."),
        )
        self.add_parameter(
            QgsProcessingParameterField(self.CLASS_FIELD, self.tr("Reference class field"),
                                        parentLayerParameterName=self.REFERENCE),
            self.tr("The field holding each feature's class: a class name of the map (any case), a class value, "
                    "or a class of CLASS_MAP."),
        )
        self.add_parameter(
            QgsProcessingParameterString(self.CLASS_MAP, self.tr("Class map (reference class = map classes)"),
                                         multiLine=True, optional=True),
            self.tr("For a reference legend that differs from the map's: entries 'reference class=map class, map "
                    "class' separated by ';' or new lines, e.g. water=River,SeaLake; forest=Forest. Map classes "
                    "by name or value. Map classes not named keep their own class."),
        )
        self.add_parameter(
            QgsProcessingParameterEnum(self.POLYGON_SAMPLING, self.tr("Pixels of each polygon"),
                                       [self.tr("Every pixel inside"), self.tr("Random pixels (see below)")],
                                       defaultValue=0),
            self.tr("Which pixels of a reference polygon are samples: every pixel whose centre lies inside it, or "
                    "a number of them drawn at random. Points always give the pixel they fall on."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.SAMPLES_PER_POLYGON, self.tr("Random pixels per polygon"),
                                         QgsProcessingParameterNumber.Integer, defaultValue=10, minValue=1),
            self.tr("With random pixels: how many per polygon (all of a smaller polygon's)."),
        )
        self.add_parameter(
            QgsProcessingParameterNumber(self.SEED, self.tr("Random seed"), QgsProcessingParameterNumber.Integer,
                                         defaultValue=0, minValue=0),
            self.tr("The same seed draws the same pixels."), advanced=True,
        )
        self.add_parameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT_MATRIX, self.tr("Error matrix"), QgsProcessing.TypeVector),
            self.tr("A table: a row per map class with its sample counts per reference class, total and user's "
                    "accuracy; then a total row and a producer's accuracy row."),
        )
        self.add_parameter(
            QgsProcessingParameterFileDestination(self.OUTPUT_REPORT, self.tr("Report"), self.tr("HTML files (*.html)"),
                                                  optional=True, createByDefault=True),
            self.tr("HTML: overall and per-class figures with 95 % intervals, area-adjusted accuracy and class areas, "
                    "and how to read them."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.OVERALL_ACCURACY, self.tr("Overall accuracy (sample)")))
        self.addOutput(QgsProcessingOutputNumber(self.KAPPA, self.tr("Kappa")))
        self.addOutput(QgsProcessingOutputNumber(self.AREA_ADJUSTED_ACCURACY, self.tr("Overall accuracy "
                                                                                      "(area-adjusted)")))

    def run_algorithm(self, parameters, context, feedback) -> dict:
        from ..engine.accuracy import Assessment, error_matrix
        from ..engine.accuracy_report import AccuracyReportContext, write_accuracy_report
        from ..engine.monitor import PartMonitor
        from ..engine.reference import (
            PolygonSampling,
            build_legend,
            count_classes,
            legend_counts,
            open_class_raster,
            parse_class_map,
            sample_reference,
        )

        layer = self.parameterAsRasterLayer(parameters, self.INPUT, context)
        if layer is None or layer.providerType() != "gdal":
            raise QgsProcessingException(self.tr("INPUT must be a file raster (GDAL) of classes, e.g. the output of "
                                                 "Classify LULC."))
        raster = open_class_raster(layer.source())
        source = self.parameterAsSource(parameters, self.REFERENCE, context)
        if source is None:
            raise QgsProcessingException(self.tr("REFERENCE is not a vector layer of points or polygons."))
        field_name = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        class_map_text = self.parameterAsString(parameters, self.CLASS_MAP, context).strip()
        class_map = parse_class_map(class_map_text)
        random_pixels = self.parameterAsEnum(parameters, self.POLYGON_SAMPLING, context) == 1
        per_polygon = self.parameterAsInt(parameters, self.SAMPLES_PER_POLYGON, context)
        sampling = PolygonSampling(per_polygon if random_pixels else None,
                                   self.parameterAsInt(parameters, self.SEED, context))
        monitor = FeedbackMonitor(feedback)

        outputs = self.output_transaction(parameters, context, {self.INPUT: raster.files or [raster.path]})
        with outputs:
            read = read_reference(source, field_name, layer.crs(), context, feedback)
            if read.reprojected_from:
                feedback.pushInfo(self.tr("Reference reprojected from {source} to the map's {target}").format(
                    source=read.reprojected_from, target=layer.crs().authid()))
            for count, message in ((read.without_geometry, self.tr("{count} reference feature(s) without geometry "
                                                                   "left out")),
                                   (read.without_class, self.tr("{count} reference feature(s) without a class in "
                                                                "{field} left out"))):
                if count:
                    feedback.pushWarning(message.format(count=count, field=field_name))
            samples = sample_reference(raster, read.features, sampling, PartMonitor(monitor, 0.0, 0.3))
            if samples.features_outside:
                feedback.pushWarning(self.tr("{count} reference feature(s) cover no pixel of the map (outside it, or "
                                             "polygons smaller than a pixel) and were left out").format(
                    count=len(samples.features_outside)))
            if not len(samples):
                raise QgsProcessingException(self.tr(
                    "No reference sample falls on a valid pixel of the map ({features} feature(s) read). Check that "
                    "the reference layer overlaps the map and that its CRS is set right.").format(
                    features=len(read.features)))
            pixel_counts = count_classes(raster, PartMonitor(monitor, 0.3, 0.7))
            legend = build_legend({**self.style_names(layer), **raster.names},
                                  set(pixel_counts) | set(int(v) for v in samples.map_values), samples.labels,
                                  class_map, field_name)
            counts = error_matrix(legend.map_indices(samples.map_values), legend.reference_indices(samples.labels),
                                  len(legend.classes))
            assessment = Assessment(legend.classes, counts, legend_counts(legend, pixel_counts),
                                    raster.pixel_area).trimmed()
            adjusted = assessment.overall_adjusted
            low, high = assessment.overall_interval
            feedback.pushInfo(self.tr("{samples} samples from {features} features: overall accuracy {overall:.1%} "
                                      "({low:.1%}–{high:.1%}), kappa {kappa:.3f}, area-adjusted {adjusted:.1%} ± "
                                      "{half:.1%}").format(samples=assessment.samples,
                                                           features=samples.features_used,
                                                           overall=assessment.overall, low=low, high=high,
                                                           kappa=assessment.kappa, adjusted=adjusted.value,
                                                           half=adjusted.half_width))
            warnings = self.sampling_warnings(assessment, sampling, samples)
            for warning in warnings:
                feedback.pushWarning(warning)
            results = {self.OVERALL_ACCURACY: float(assessment.overall), self.KAPPA: float(assessment.kappa),
                       self.AREA_ADJUSTED_ACCURACY: float(adjusted.value)}  # Python floats: QVariant drops numpy's
            if self.OUTPUT_REPORT in outputs.labels():
                if QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry:
                    described = self.tr("the pixel under each point")
                elif sampling.per_polygon is None:
                    described = self.tr("every pixel inside each polygon")
                else:
                    described = self.tr("{count} random pixels per polygon (seed {seed})").format(
                        count=sampling.per_polygon, seed=sampling.seed)
                write_accuracy_report(outputs.path(self.OUTPUT_REPORT), assessment, AccuracyReportContext(
                    map_path=layer.source(), reference=source.sourceName(), class_field=field_name,
                    sampling=described, class_map=class_map_text, features_used=samples.features_used,
                    features_outside=len(samples.features_outside), nodata_pixels=samples.nodata_pixels,
                    warnings=warnings))
                results[self.OUTPUT_REPORT] = outputs.final(self.OUTPUT_REPORT)
            results[self.OUTPUT_MATRIX] = self.write_matrix(parameters, context, assessment)
        return results

    def sampling_warnings(self, assessment, sampling, samples) -> list[str]:
        warnings = []
        few = [name for name, n in zip(assessment.classes, assessment.counts.sum(axis=1)) if 0 < n < 2]
        if few:
            warnings.append(self.tr("Map class(es) with a single sample: {names}. Their intervals cannot be "
                                    "estimated.").format(names=", ".join(few)))
        unsampled = [name for name, n, pixels in zip(assessment.classes, assessment.counts.sum(axis=1),
                                                     assessment.mapped_pixels) if n == 0 and pixels > 0]
        if unsampled:
            warnings.append(self.tr("Map class(es) without any reference sample: {names} ({share:.1%} of the map). "
                                    "The area-adjusted figures describe the rest of the map.").format(
                names=", ".join(unsampled), share=assessment.unsampled_pixels / max(assessment.mapped_pixels.sum(), 1)))
        if sampling.per_polygon is None and len(samples) > samples.features_used:
            warnings.append(self.tr("Every pixel of each polygon is a sample ({samples} from {features} features): "
                                    "neighbouring pixels are alike, so the intervals are too narrow.").format(
                samples=len(samples), features=samples.features_used))
        return warnings

    @staticmethod
    def style_names(layer) -> dict[int, str]:
        """Class names from the layer's paletted style (used where the file names none)."""
        renderer = layer.renderer()
        if not isinstance(renderer, QgsPalettedRasterRenderer):
            return {}
        return {int(c.value): c.label for c in renderer.classes() if c.label and float(c.value).is_integer()}

    def write_matrix(self, parameters, context, assessment) -> str:
        """The error matrix as a table: a row per map class (counts per reference class, total, user's
        accuracy), then totals and producer's accuracy."""
        names = list(assessment.classes)
        columns = self.column_names(names)
        fields = QgsFields()
        fields.append(QgsField("map_class", QVariant.String))
        for column in columns:
            fields.append(QgsField(column, QVariant.Double))
        fields.append(QgsField("total", QVariant.Double))
        fields.append(QgsField("users_accuracy", QVariant.Double))
        sink, destination = self.parameterAsSink(parameters, self.OUTPUT_MATRIX, context, fields,
                                                 QgsWkbTypes.NoGeometry, QgsCoordinateReferenceSystem())
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT_MATRIX))
        counts = assessment.counts
        rows = [[name, *map(float, counts[i]), float(counts[i].sum()), float(assessment.users[i])]
                for i, name in enumerate(names)]
        rows.append(["total", *map(float, counts.sum(axis=0)), float(assessment.samples), None])
        rows.append(["producers_accuracy", *map(float, assessment.producers), None, None])
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([None if isinstance(v, float) and v != v else v for v in row])  # NaN → NULL
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        return destination

    @staticmethod
    def column_names(names: list[str]) -> list[str]:
        """A field name per class: the class name, made unique against the table's other fields."""
        taken = {"map_class", "total", "users_accuracy"}
        columns = []
        for name in names:
            column = name if name.lower() not in taken else f"ref_{name}"
            while column.lower() in taken:
                column += "_"
            taken.add(column.lower())
            columns.append(column)
        return columns
