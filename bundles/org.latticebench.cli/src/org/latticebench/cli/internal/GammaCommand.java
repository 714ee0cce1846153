package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.ImportedStructureSet;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.evaluation.gamma.GammaCriterion;
import org.latticebench.evaluation.gamma.GammaIndex;
import org.latticebench.evaluation.gamma.GammaInterpolation;
import org.latticebench.evaluation.gamma.GammaResult;
import org.latticebench.evaluation.gamma.GammaSettings;
import org.latticebench.geometry.ContourRasterizer;
import org.osgi.service.component.annotations.Component;

/**
 * {@code gamma}: the 3D gamma index of an evaluated RTDOSE against a reference RTDOSE, one line per
 * criterion on stdout and a CSV with the column contract of issue 15. The grids may differ; the
 * gamma map lies on the reference grid, and {@code --map-out} writes it as NRRD.
 */
@Component(property = "latticebench.command=gamma")
public final class GammaCommand implements CliCommand {

	/**
	 * The value of voxels that were not evaluated in the NRRD gamma map. The API's map has NaN there,
	 * but NaN turns the min, max and mean of {@code plastimatch stats} and most viewers' histograms
	 * into NaN; -1 cannot be a gamma and is hidden by any display threshold at 0.
	 */
	static final float NOT_EVALUATED = -1f;

	/** The column contract of gamma.csv (issue 15): keep it stable. */
	static final List<String> COLUMNS = List.of("criteria", "normalisation", "threshold_pct", "evaluated_voxels",
			"pass_rate_pct", "mean_gamma", "gamma_p95");

	@Override
	public String name() {
		return "gamma";
	}

	@Override
	public String summary() {
		return "3D gamma index of an evaluated RTDOSE against a reference RTDOSE (global or local), as CSV; "
				+ "--map-out writes the gamma map as NRRD (docs/GAMMA.md).";
	}

	@Override
	public String usage() {
		return "gamma --reference RTDOSE --evaluated RTDOSE --criteria 3%/3mm [--criteria 2%/2mm ...] [--local] "
				+ "[--threshold-pct 10] [--norm-gy X] [--mask-rtstruct F --mask-roi NAME] [--gamma-cap 2] "
				+ "[--interpolation cubic|linear] --out gamma.csv [--map-out gamma.nrrd]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args, Set.of("reference", "evaluated", "criteria", "threshold-pct", "norm-gy",
				"mask-rtstruct", "mask-roi", "gamma-cap", "interpolation", "map-out", "out"), Set.of("local"));
		a.expectPositionalAtMost(0);
		Path refFile = existing(a, "reference"), evalFile = existing(a, "evaluated");
		Path out = a.requiredPath("out");
		if (a.values("criteria").isEmpty()) {
			throw new UsageException("gamma: missing required option --criteria (e.g. --criteria 3%/3mm)");
		}
		List<GammaCriterion> criteria = new ArrayList<>();
		for (String c : a.values("criteria")) {
			try {
				criteria.add(GammaCriterion.parse(c));
			} catch (InvalidInputException e) {
				throw new UsageException("gamma: --criteria " + e.getMessage());
			}
		}
		double thresholdPct = a.doubleValue("threshold-pct", GammaSettings.DEFAULT_THRESHOLD_PCT);
		if (!(thresholdPct >= 0 && thresholdPct < 100)) {
			throw new UsageException("gamma: --threshold-pct must be within [0, 100), got " + thresholdPct);
		}
		double normGy = a.doubleValue("norm-gy", Double.NaN);
		if (a.has("norm-gy") && !(normGy > 0 && Double.isFinite(normGy))) {
			throw new UsageException("gamma: --norm-gy must be a dose > 0 Gy, got " + a.required("norm-gy"));
		}
		double cap = a.doubleValue("gamma-cap", GammaSettings.DEFAULT_GAMMA_CAP);
		if (!(cap > 1 && cap <= 20)) {
			throw new UsageException("gamma: --gamma-cap must be within (1, 20], got " + cap);
		}
		GammaInterpolation interpolation = GammaInterpolation.CUBIC;
		if (a.has("interpolation")) {
			try {
				interpolation = GammaInterpolation.parse(a.required("interpolation"));
			} catch (InvalidInputException e) {
				throw new UsageException("gamma: --interpolation " + e.getMessage());
			}
		}
		Optional<Path> mapOut = a.has("map-out") ? Optional.of(a.requiredPath("map-out")) : Optional.empty();
		if (mapOut.isPresent() && !mapOut.get().getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".nrrd")) {
			throw new UsageException("gamma: --map-out " + mapOut.get() + ": the gamma map is written as NRRD; name it *.nrrd");
		}
		if (a.has("mask-rtstruct") != a.has("mask-roi")) {
			throw new UsageException("gamma: --mask-rtstruct and --mask-roi go together");
		}
		ImportedDose ref = RtDoseReader.read(refFile);
		ImportedDose eval = RtDoseReader.read(evalFile);
		if (ref.units() != eval.units()) {
			throw new InvalidInputException(evalFile.toString(), "(3004,0002) DoseUnits",
					"is " + eval.units() + " but the reference is " + ref.units() + "; gamma compares doses in the same units");
		}
		if (!ref.frameOfReferenceUid().isEmpty() && !eval.frameOfReferenceUid().isEmpty()
				&& !ref.frameOfReferenceUid().equals(eval.frameOfReferenceUid())) {
			context.err().println("warning: the two RTDOSE frames of reference differ (" + ref.frameOfReferenceUid() + " vs "
					+ eval.frameOfReferenceUid() + "); positions are compared as they are");
		}
		Optional<Mask> mask = Optional.empty();
		if (a.has("mask-rtstruct")) {
			mask = Optional.of(mask(existing(a, "mask-rtstruct"), a.required("mask-roi"), ref));
		}
		GammaSettings settings = new GammaSettings(criteria, a.has("local"),
				Double.isNaN(normGy) ? OptionalDouble.empty() : OptionalDouble.of(normGy), thresholdPct, mask, cap,
				Runtime.getRuntime().availableProcessors(), interpolation);
		List<GammaResult> results = GammaIndex.compute(ref.dose(), eval.dose(), settings, ProgressMonitor.NULL);
		if (results.get(0).evaluatedVoxels() == 0) {
			throw new InvalidInputException(refFile.toString(), null, "no reference voxel is at or above the threshold ("
					+ thresholdPct + " % of " + fmt(results.get(0).normalisationGy()) + " Gy)"
					+ (mask.isPresent() ? " inside the mask" : "") + " and inside the evaluated grid; nothing to compare");
		}
		StringBuilder csv = new StringBuilder(Csv.row(COLUMNS));
		for (GammaResult r : results) {
			context.out().println(r.summaryLine());
			csv.append(Csv.row(List.of(r.criterion().label(), r.normalisation(), Csv.number(r.thresholdPct()),
					Integer.toString(r.evaluatedVoxels()), Csv.number(r.passRatePct()), Csv.number(r.meanGamma()),
					Csv.number(r.gammaP95()))));
		}
		if (results.get(0).outsideEvaluatedGrid() > 0) {
			context.err().println("note: " + results.get(0).outsideEvaluatedGrid()
					+ " reference voxels above the threshold lie outside the evaluated grid and were not evaluated");
		}
		AtomicFiles.writeString(out, csv.toString());
		context.out().println("wrote " + out);
		if (mapOut.isPresent()) {
			for (GammaResult r : results) {
				Path file = results.size() == 1 ? mapOut.get() : perCriterion(mapOut.get(), r.criterion());
				NrrdFiles.writeFloat(notEvaluatedAsMinusOne(r.gammaMap()), file,
						"gamma index " + r.criterion().label() + " " + r.normalisation() + " (dimensionless, not Gy)",
						"Lattice Bench gamma map: reference " + refFile.getFileName() + ", evaluated " + evalFile.getFileName(),
						String.format(Locale.ROOT, "%s %s, normalisation %s Gy, threshold %s %%, cap %s, %s interpolation",
								r.criterion().label(), r.normalisation(), fmt(r.normalisationGy()), Csv.number(r.thresholdPct()),
								Csv.number(r.gammaCap()), settings.interpolation().label()),
						"-1: not evaluated (below the threshold, outside the mask or outside the evaluated grid)");
				context.out().println("wrote " + file);
			}
		}
		return 0;
	}

	private static FloatVolume notEvaluatedAsMinusOne(FloatVolume map) {
		float[] v = map.values().clone();
		for (int n = 0; n < v.length; n++) {
			if (Float.isNaN(v[n])) {
				v[n] = NOT_EVALUATED;
			}
		}
		return new FloatVolume(map.grid(), v);
	}

	/** {@code gamma.nrrd} and 2.5%/1.5mm: {@code gamma-2.5pct-1.5mm.nrrd}, beside it. */
	static Path perCriterion(Path mapOut, GammaCriterion c) {
		String name = mapOut.getFileName().toString();
		String stem = name.substring(0, name.length() - ".nrrd".length());
		String label = c.label().replace("%/", "pct-");
		return mapOut.resolveSibling(stem + "-" + label + name.substring(stem.length()));
	}

	private static Mask mask(Path file, String roiName, ImportedDose ref) {
		ImportedStructureSet set = RtStructReader.read(file);
		ImportedStructureSet.Roi roi = set.roi(roiName).orElseThrow(() -> new InvalidInputException(file.toString(),
				"ROI '" + roiName + "'", "not in the structure set (ROIs: "
						+ set.rois().stream().map(ImportedStructureSet.Roi::name).toList() + ")"));
		Mask m = ContourRasterizer.toMask(roi.contours(), ref.dose().grid());
		if (m.isEmpty()) {
			throw new InvalidInputException(file.toString(), "ROI '" + roiName + "'", "has no volume on the reference dose grid");
		}
		return m;
	}

	private static Path existing(CliArgs a, String option) {
		Path p = a.requiredPath(option);
		if (!Files.isRegularFile(p)) {
			throw new UsageException("gamma: --" + option + " " + p + ": no such file");
		}
		return p;
	}

	private static String fmt(double v) {
		return String.format(Locale.ROOT, "%.3f", v);
	}
}
