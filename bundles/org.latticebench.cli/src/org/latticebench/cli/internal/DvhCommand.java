package org.latticebench.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.latticebench.cli.CliArgs;
import org.latticebench.cli.CliCommand;
import org.latticebench.cli.CliContext;
import org.latticebench.cli.UsageException;
import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StructureRole;
import org.latticebench.dicom.CtSeriesReader;
import org.latticebench.dicom.DicomScanner;
import org.latticebench.dicom.ScanReport;
import org.latticebench.dicom.ImportedDose;
import org.latticebench.dicom.ImportedStructureSet;
import org.latticebench.dicom.RtDoseReader;
import org.latticebench.dicom.RtStructReader;
import org.latticebench.evaluation.Dvh;
import org.latticebench.evaluation.DvhCalculator;
import org.latticebench.evaluation.DvhSettings;
import org.latticebench.evaluation.Radiobiology;
import org.latticebench.geometry.ContourRasterizer;
import org.osgi.service.component.annotations.Component;

/**
 * {@code dvh}: DVH metrics of every ROI of an RTSTRUCT under an RTDOSE, as a stable CSV contract
 * that other tools read. Structures are rasterised with partial volumes on the CT grid when
 * {@code --ct} is given, otherwise on the dose grid; small structures are supersampled by the DVH
 * engine.
 */
@Component(property = "latticebench.command=dvh")
public final class DvhCommand implements CliCommand {

	/** The column contract of metrics.csv (issue 8): keep it stable. */
	static final List<String> COLUMNS = List.of("structure", "volume_cc", "min_gy", "mean_gy", "max_gy", "D98_gy",
			"D95_gy", "D50_gy", "D2_gy", "V5Gy_pct", "V10Gy_pct", "V20Gy_pct", "V30Gy_pct", "V40Gy_pct", "V50Gy_pct",
			"V60Gy_pct");
	private static final double[] VX_GY = { 5, 10, 20, 30, 40, 50, 60 };
	private static final double[] DX_PCT = { 98, 95, 50, 2 };

	@Override
	public String name() {
		return "dvh";
	}

	@Override
	public String summary() {
		return "DVH metrics per structure from an RTSTRUCT and an RTDOSE (optionally as EQD2), written as CSV.";
	}

	@Override
	public String usage() {
		return "dvh --rtstruct F --rtdose F [--ct DIR] [--eqd2 --fractions n] [--alpha-beta-gy X] --out metrics.csv [--cumulative dvh.csv]";
	}

	@Override
	public int run(List<String> args, CliContext context) throws IOException {
		CliArgs a = CliArgs.parse(name(), args,
				Set.of("rtstruct", "rtdose", "ct", "fractions", "out", "cumulative", "alpha-beta-gy"), Set.of("eqd2"));
		a.expectPositionalAtMost(0);
		Path structFile = a.requiredPath("rtstruct");
		Path doseFile = a.requiredPath("rtdose");
		Path out = a.requiredPath("out");
		boolean eqd2 = a.has("eqd2");
		int fractions = a.intValue("fractions", 0);
		if (eqd2 && fractions < 1) {
			throw new UsageException("dvh: --eqd2 needs --fractions n (n >= 1)");
		}
		if (!eqd2 && a.has("fractions")) {
			throw new UsageException("dvh: --fractions is only used with --eqd2");
		}
		double alphaBetaOverride = a.doubleValue("alpha-beta-gy", Double.NaN);
		ImportedStructureSet structures = RtStructReader.read(structFile);
		ImportedDose dose = RtDoseReader.read(doseFile);
		if (dose.units() != ImportedDose.Units.GY) {
			throw new InvalidInputException(doseFile.toString(), "(3004,0002) DoseUnits",
					"dose is " + dose.units() + "; DVH metrics in Gy need an RTDOSE in GY");
		}
		if (!structures.frameOfReferenceUid().isEmpty() && !dose.frameOfReferenceUid().isEmpty()
				&& !structures.frameOfReferenceUid().equals(dose.frameOfReferenceUid())) {
			context.err().println("warning: RTSTRUCT and RTDOSE frames of reference differ ("
					+ structures.frameOfReferenceUid() + " vs " + dose.frameOfReferenceUid() + ")");
		}
		Grid3 maskGrid = a.value("ct").map(dir -> ctGrid(Path.of(dir))).orElse(dose.dose().grid());

		List<String> names = new ArrayList<>();
		List<Dvh> dvhs = new ArrayList<>();
		StringBuilder csv = new StringBuilder(Csv.row(COLUMNS));
		for (ImportedStructureSet.Roi roi : structures.rois()) {
			Mask mask = ContourRasterizer.toCroppedMask(roi.contours(), maskGrid, ProgressMonitor.NULL);
			if (mask.isEmpty()) {
				context.err().println("note: " + roi.name() + " has no volume on the grid; its row is left empty");
				List<String> cells = new ArrayList<>(List.of(roi.name(), Csv.number(0)));
				while (cells.size() < COLUMNS.size()) {
					cells.add("");
				}
				csv.append(Csv.row(cells));
				continue;
			}
			FloatVolume d = dose.dose();
			if (eqd2) {
				double ab = Double.isNaN(alphaBetaOverride) ? defaultAlphaBeta(roi.name(), roi.role()) : alphaBetaOverride;
				d = Radiobiology.toEqd2(d, fractions, ab);
			}
			Dvh dvh = DvhCalculator.compute(d, mask, DvhSettings.DEFAULT, ProgressMonitor.NULL);
			names.add(roi.name());
			dvhs.add(dvh);
			List<String> cells = new ArrayList<>();
			cells.add(roi.name());
			cells.add(Csv.number(dvh.totalVolumeCc()));
			cells.add(Csv.number(dvh.minGy()));
			cells.add(Csv.number(dvh.meanGy()));
			cells.add(Csv.number(dvh.maxGy()));
			for (double pct : DX_PCT) {
				cells.add(Csv.number(dvh.doseAtVolumePercent(pct)));
			}
			for (double gy : VX_GY) {
				cells.add(Csv.number(dvh.volumeAtLeastPercent(gy)));
			}
			csv.append(Csv.row(cells));
		}
		AtomicFiles.writeString(out, csv.toString());
		context.out().println("wrote " + out + " (" + structures.rois().size() + " structures"
				+ (eqd2 ? ", EQD2 with " + fractions + " fractions" : "") + ")");
		if (a.has("cumulative")) {
			Path cumulative = Path.of(a.required("cumulative"));
			AtomicFiles.writeString(cumulative, cumulativeCsv(names, dvhs));
			context.out().println("wrote " + cumulative);
		}
		return 0;
	}

	/** dose_gy, then one column of cc per structure, at 0.1 Gy steps up to the highest maximum. */
	static String cumulativeCsv(List<String> names, List<Dvh> dvhs) {
		double max = dvhs.stream().mapToDouble(Dvh::maxGy).max().orElse(0);
		int steps = (int) Math.ceil(max / 0.1) + 1;
		List<String> header = new ArrayList<>(List.of("dose_gy"));
		header.addAll(names);
		StringBuilder sb = new StringBuilder(Csv.row(header));
		for (int s = 0; s <= steps; s++) {
			double doseGy = s * 0.1;
			sb.append(String.format(Locale.ROOT, "%.1f", doseGy));
			for (Dvh dvh : dvhs) {
				sb.append(',').append(Csv.number(dvh.volumeAtLeastCc(doseGy)));
			}
			sb.append("\r\n");
		}
		return sb.toString();
	}

	/** DOMAIN.md radiobiology defaults: tumour 10 Gy, liver 2.5 Gy, other tissue 3 Gy. */
	static double defaultAlphaBeta(String name, StructureRole role) {
		if (role == StructureRole.TARGET) {
			return 10;
		}
		return name.toLowerCase(Locale.ROOT).contains("liver") ? 2.5 : 3;
	}

	private static Grid3 ctGrid(Path dir) {
		if (!Files.isDirectory(dir)) {
			throw new UsageException("dvh: --ct " + dir + " is not a folder");
		}
		List<ScanReport.Series> ct = DicomScanner.scan(dir, ProgressMonitor.NULL).studies().stream()
				.flatMap(s -> s.series("CT").stream()).toList();
		if (ct.size() != 1) {
			throw new InvalidInputException(dir.toString(), "(0008,0060) Modality",
					"expected one CT series, found " + ct.size());
		}
		return CtSeriesReader.read(ct.get(0).files()).ctHu().grid();
	}
}
