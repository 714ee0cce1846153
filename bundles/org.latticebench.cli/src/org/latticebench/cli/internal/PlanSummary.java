package org.latticebench.cli.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.planning.LatticeReport;
import org.latticebench.planning.PlanDesign;
import org.latticebench.planning.Prescription;
import org.latticebench.planning.Regimen;
import org.latticebench.planning.SphereDecision;

/** The plan summary files of {@code plan}: plan.json, spheres.csv and targets.csv. */
final class PlanSummary {

	static final List<String> SPHERE_COLUMNS = List.of("sphere", "status", "x_mm", "y_mm", "z_mm", "inside_fraction",
			"depth_mm", "nearest_oar", "oar_surface_distance_mm", "reason");
	static final List<String> TARGET_COLUMNS = List.of("structure", "role", "volume_cc", "prescription_gy");

	private PlanSummary() {
	}

	/** Why a sphere was kept, clipped or dropped, in words. */
	static String reason(SphereDecision d) {
		return switch (d.status()) {
		case WHOLE -> "inside the GTV with the required retraction";
		case CLIPPED -> String.format(Locale.ROOT, "cut by the GTV surface; %.0f %% of the sphere kept",
				100 * d.insideFraction());
		case DROPPED_NEAR_OAR -> d.nearestOar().map(o -> String.format(Locale.ROOT,
				"within the organ-at-risk margin: %.1f mm from %s", o.surfaceDistanceMm(), o.oarName()))
				.orElse("within the organ-at-risk margin");
		case DROPPED_OUTSIDE -> "centre outside the GTV, or crossing its retracted surface while clipped spheres are not kept";
		};
	}

	static String spheresCsv(LatticeReport report) {
		StringBuilder sb = new StringBuilder(Csv.row(SPHERE_COLUMNS));
		for (SphereDecision d : report.decisions()) {
			sb.append(Csv.row(List.of(d.structureName().orElse(""), d.status().name(), Csv.number(d.centreMm().x()),
					Csv.number(d.centreMm().y()), Csv.number(d.centreMm().z()), Csv.number(d.insideFraction()),
					Csv.number(d.depthMm()), d.nearestOar().map(o -> o.oarName()).orElse(""),
					d.nearestOar().map(o -> Csv.number(o.surfaceDistanceMm())).orElse(""), reason(d))));
		}
		return sb.toString();
	}

	/** The design's generated targets and the study's targets, with volumes and prescriptions. */
	static List<StructureSnapshot> targets(StudySnapshot study, PlanDesign design) {
		List<StructureSnapshot> out = new ArrayList<>(design.structures());
		for (StructureSnapshot s : study.structures()) {
			if (s.role() == org.latticebench.core.StructureRole.TARGET && design.structure(s.name()).isEmpty()) {
				out.add(s);
			}
		}
		return out;
	}

	static String targetsCsv(StudySnapshot study, PlanDesign design) {
		StringBuilder sb = new StringBuilder(Csv.row(TARGET_COLUMNS));
		for (StructureSnapshot s : targets(study, design)) {
			sb.append(Csv.row(List.of(s.name(), s.role().name(), Csv.number(volumeCc(s)), rx(design, s.name()))));
		}
		return sb.toString();
	}

	private static double volumeCc(StructureSnapshot s) {
		return s.mask().map(Mask::volumeCc).orElse(Double.NaN);
	}

	private static String rx(PlanDesign design, String name) {
		return design.prescriptions().stream().filter(p -> p.structureName().equals(name)).findFirst()
				.map(p -> Csv.number(p.totalDoseGy())).orElse("");
	}

	static String json(StudySnapshot study, Regimen regimen, PlanDesign design, double placementSeconds) {
		Json j = new Json();
		j.open();
		j.field("regimen").open();
		j.field("id").string(regimen.id()).field("name").string(regimen.name()).field("source").string(regimen.source())
				.field("fractions").number(regimen.fractions());
		j.close();
		j.field("generator").string(design.generatorId());
		j.field("settings").open();
		for (Map.Entry<String, String> e : design.settingsForm().entrySet()) {
			j.field(e.getKey()).string(e.getValue());
		}
		j.close();
		j.field("generation_seconds").number(placementSeconds);
		j.field("prescriptions").array();
		for (Prescription p : design.prescriptions()) {
			j.open().field("structure").string(p.structureName()).field("role").string(p.role().name())
					.field("total_dose_gy").number(p.totalDoseGy()).field("fractions").number(p.fractions()).close();
		}
		j.end();
		j.field("targets").array();
		for (StructureSnapshot s : targets(study, design)) {
			j.open().field("name").string(s.name()).field("role").string(s.role().name()).field("volume_cc")
					.number(volumeCc(s)).close();
		}
		j.end();
		design.lattice().ifPresent(l -> {
			j.field("lattice").open();
			j.field("pattern").string(l.pattern().name()).field("whole").number(l.wholeCount()).field("clipped")
					.number(l.clippedCount()).field("dropped").number(l.dropped().size()).field("kept").number(l.keptCount())
					.field("candidates_tried").number(l.candidatesTried()).field("unshifted_whole")
					.number(l.unshiftedWholeCount()).field("rotation_deg").number(l.rotationDeg())
					.field("gtv_volume_cc").number(l.gtvVolumeCc()).field("peak_volume_cc").number(l.peakVolumeCc())
					.field("valley_volume_cc").number(l.valleyVolumeCc());
			j.field("spheres").array();
			for (SphereDecision d : l.decisions()) {
				j.open().field("name").string(d.structureName().orElse("")).field("status").string(d.status().name())
						.field("centre_mm").numbers(d.centreMm().x(), d.centreMm().y(), d.centreMm().z())
						.field("inside_fraction").number(d.insideFraction()).field("depth_mm").number(d.depthMm())
						.field("reason").string(reason(d)).close();
			}
			j.end();
			j.close();
		});
		j.field("beams").array();
		for (BeamSpec b : design.beams()) {
			j.open().field("name").string(b.name()).field("gantry_deg").number(b.gantryDeg()).field("couch_deg")
					.number(b.couchDeg()).field("isocentre_mm")
					.numbers(b.isocentreMm().x(), b.isocentreMm().y(), b.isocentreMm().z()).close();
		}
		j.end();
		j.field("notes").array();
		design.notes().forEach(n -> j.item().string(n));
		j.end();
		j.close();
		return j.toString();
	}

	/** A tiny JSON writer: enough for summaries, with strings escaped per RFC 8259. */
	static final class Json {
		private final StringBuilder sb = new StringBuilder();
		private boolean first = true;
		private int depth;

		Json open() {
			comma();
			sb.append('{');
			depth++;
			first = true;
			return this;
		}

		Json close() {
			depth--;
			newline();
			sb.append('}');
			first = false;
			return this;
		}

		Json array() {
			sb.append('[');
			depth++;
			first = true;
			return this;
		}

		Json end() {
			depth--;
			newline();
			sb.append(']');
			first = false;
			return this;
		}

		Json field(String name) {
			comma();
			sb.append(quote(name)).append(": ");
			first = true; // the value follows without a comma
			return this;
		}

		Json item() {
			comma();
			first = true;
			return this;
		}

		Json string(String v) {
			sb.append(quote(v));
			first = false;
			return this;
		}

		Json number(double v) {
			sb.append(Double.isFinite(v) ? String.format(Locale.ROOT, "%.4f", v) : "null");
			first = false;
			return this;
		}

		Json number(long v) {
			sb.append(v);
			first = false;
			return this;
		}

		Json numbers(double... v) {
			sb.append('[');
			for (int i = 0; i < v.length; i++) {
				sb.append(i > 0 ? ", " : "").append(String.format(Locale.ROOT, "%.4f", v[i]));
			}
			sb.append(']');
			first = false;
			return this;
		}

		private void comma() {
			if (!first) {
				sb.append(',');
			}
			if (depth > 0 && !(sb.length() > 1 && sb.charAt(sb.length() - 2) == ':')) {
				newline();
			}
			first = false;
		}

		private void newline() {
			sb.append('\n').append("  ".repeat(Math.max(depth, 0)));
		}

		static String quote(String s) {
			StringBuilder q = new StringBuilder("\"");
			for (char c : s.toCharArray()) {
				switch (c) {
				case '"' -> q.append("\\\"");
				case '\\' -> q.append("\\\\");
				case '\n' -> q.append("\\n");
				case '\r' -> q.append("\\r");
				case '\t' -> q.append("\\t");
				default -> {
					if (c < 0x20) {
						q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
					} else {
						q.append(c);
					}
				}
				}
			}
			return q.append('"').toString();
		}

		@Override
		public String toString() {
			return sb.append('\n').toString();
		}
	}
}
