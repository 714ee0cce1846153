package org.latticebench.planning.internal;

import java.util.Locale;
import java.util.Optional;

import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.geometry.ContourRasterizer;
import org.latticebench.geometry.MaskResampler;

/** Structure look-up by name and masks on the study's CT grid, rasterising contours when needed. */
public final class StudyMasks {

	private StudyMasks() {
	}

	/** The study's image grid, on which every generated structure is made. */
	public static Grid3 grid(StudySnapshot study) {
		return study.ctHu().grid();
	}

	/** By exact name, else ignoring case. */
	public static Optional<StructureSnapshot> find(StudySnapshot study, String name) {
		Optional<StructureSnapshot> exact = study.structure(name);
		if (exact.isPresent()) {
			return exact;
		}
		String lower = name.toLowerCase(Locale.ROOT);
		return study.structures().stream().filter(s -> s.name().toLowerCase(Locale.ROOT).equals(lower)).findFirst();
	}

	/** The structure's mask on the study grid (resampled or rasterised from contours as needed). */
	public static Mask mask(StudySnapshot study, StructureSnapshot s) {
		Grid3 grid = grid(study);
		if (s.mask().isPresent()) {
			Mask m = s.mask().get();
			return m.grid().sameGeometry(grid) ? m : MaskResampler.resample(m, grid);
		}
		if (s.contours().isEmpty()) {
			return Mask.empty(grid);
		}
		return ContourRasterizer.toMask(s.contours(), grid);
	}

	public static Optional<Mask> findMask(StudySnapshot study, String name) {
		return find(study, name).map(s -> mask(study, s));
	}

	/**
	 * The named structure's mask, which must exist and be non-empty.
	 *
	 * @throws InvalidInputException naming the structure, what it is needed for and the structures there are
	 */
	public static Mask require(StudySnapshot study, String name, String neededFor) {
		StructureSnapshot s = find(study, name).orElseThrow(() -> new InvalidInputException(source(study), name,
				"structure not found; it is needed for " + neededFor + ". The study has: "
						+ String.join(", ", study.structures().stream().map(StructureSnapshot::name).toList())));
		Mask m = mask(study, s);
		if (m.isEmpty()) {
			throw new InvalidInputException(source(study), name, "structure is empty; it is needed for " + neededFor);
		}
		return m;
	}

	public static String source(StudySnapshot study) {
		return "study " + study.patientId();
	}
}
