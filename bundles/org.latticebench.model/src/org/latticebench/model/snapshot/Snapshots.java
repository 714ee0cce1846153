package org.latticebench.model.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.latticebench.core.FloatVolume;
import org.latticebench.core.Grid3;
import org.latticebench.core.InvalidInputException;
import org.latticebench.core.Mask;
import org.latticebench.core.PlanarContour;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.ImageVolume;
import org.latticebench.model.ModelFactory;
import org.latticebench.model.Patient;
import org.latticebench.model.Structure;
import org.latticebench.model.StructureRole;
import org.latticebench.model.Study;
import org.latticebench.model.VoxelGrid;
import org.latticebench.model.data.BulkArray;

/**
 * Converts between the EMF study (the document the user saves) and core's immutable
 * {@link StudySnapshot} (what compute code and worker threads read). Every array is copied, so
 * neither side can change the other afterwards.
 * <p>
 * Call these on the thread that owns the study (the UI thread or the CLI's main thread).
 *
 * @since 0.1
 */
public final class Snapshots {

	private Snapshots() {
	}

	/**
	 * The anatomy of a study (patient, CT in HU, structures) as an immutable snapshot.
	 *
	 * @throws InvalidInputException when the study has no image, or an array does not fit its grid
	 */
	public static StudySnapshot toSnapshot(Study study) {
		String source = "study '" + study.getName() + "'";
		ImageVolume image = study.getImage();
		if (image == null || image.getGrid() == null || image.getHuValues() == null) {
			throw new InvalidInputException(source, "image", "the study has no image with a grid and HU values");
		}
		FloatVolume ct = image(image);
		List<StructureSnapshot> structures = new ArrayList<>();
		for (Structure s : study.getStructures()) {
			structures.add(structure(s, ct.grid()));
		}
		Patient patient = study.getPatient();
		return new StudySnapshot(patient == null ? "" : nonNull(patient.getName()), patient == null ? "" : nonNull(patient.getId()),
				ct, structures);
	}

	/** A new study holding copies of the snapshot's patient, image and structures. */
	public static Study fromSnapshot(StudySnapshot snapshot) {
		ModelFactory f = ModelFactory.eINSTANCE;
		Study study = f.createStudy();
		study.setName(snapshot.patientName());
		Patient patient = f.createPatient();
		patient.setName(snapshot.patientName());
		patient.setId(snapshot.patientId());
		study.setPatient(patient);

		Grid3 grid = snapshot.ctHu().grid();
		ImageVolume image = f.createImageVolume();
		image.setGrid(voxelGrid(grid));
		image.setHuValues(BulkArray.copyOf(snapshot.ctHu().values()));
		study.setImage(image);

		for (StructureSnapshot s : snapshot.structures()) {
			Structure structure = f.createStructure();
			structure.setName(s.name());
			structure.setRole(StructureRole.get(s.role().name()));
			structure.setColorRgb(s.colorRgb());
			structure.setAlphaBetaGy(s.alphaBetaGy());
			for (PlanarContour c : s.contours()) {
				structure.getContours().add(new PlanarContour(c.pointsMm().clone()));
			}
			if (s.mask().isPresent()) {
				Mask mask = s.mask().get();
				if (!isBoxOf(mask.grid(), grid)) {
					throw new InvalidInputException("structure '" + s.name() + "'", "mask", "the mask's grid " + mask.grid()
							+ " is not a box of the image grid " + grid
							+ " (same spacing and directions, origin on a voxel centre, within the image)");
				}
				structure.setMask(BulkArray.copyOf(mask.fraction()));
				structure.setMaskGrid(voxelGrid(mask.grid()));
			}
			study.getStructures().add(structure);
		}
		return study;
	}

	/** True when {@code box} is a block of whole voxels of {@code image}. */
	private static boolean isBoxOf(Grid3 box, Grid3 image) {
		return box.alignedOffsetIn(image).filter(o -> o[0] >= 0 && o[1] >= 0 && o[2] >= 0 && o[0] + box.nx() <= image.nx()
				&& o[1] + box.ny() <= image.ny() && o[2] + box.nz() <= image.nz()).isPresent();
	}

	/**
	 * One structure as a snapshot. Its mask lies on its own grid ({@code maskGrid}, a box of the
	 * image grid), or on {@code imageGrid} when the structure has none (studies saved in format 1).
	 */
	public static StructureSnapshot structure(Structure s, Grid3 imageGrid) {
		List<PlanarContour> contours = new ArrayList<>(s.getContours().size());
		for (PlanarContour c : s.getContours()) {
			contours.add(new PlanarContour(c.pointsMm().clone()));
		}
		Optional<Mask> mask = Optional.empty();
		if (s.getMask() != null) {
			BulkArray fractions = s.getMask();
			Grid3 maskGrid = s.getMaskGrid() == null ? imageGrid : maskGrid(s);
			if (fractions.length() != maskGrid.voxelCount()) {
				throw new InvalidInputException("structure '" + s.getName() + "'", "mask", "the mask has " + fractions.length()
						+ " voxels but its grid " + maskGrid + " has " + maskGrid.voxelCount());
			}
			mask = Optional.of(new Mask(maskGrid, fractions.toFloatArray()));
		}
		org.latticebench.core.StructureRole role = s.getRole() == null ? org.latticebench.core.StructureRole.OTHER
				: org.latticebench.core.StructureRole.valueOf(s.getRole().getName());
		return new StructureSnapshot(nonNull(s.getName()), role, s.getColorRgb(), s.getAlphaBetaGy(), contours, mask);
	}

	private static Grid3 maskGrid(Structure s) {
		try {
			return grid(s.getMaskGrid());
		} catch (InvalidInputException e) {
			throw new InvalidInputException("structure '" + s.getName() + "'", "maskGrid", e.getMessage(), e);
		}
	}

	/** The image's HU values on its grid (a copy). */
	public static FloatVolume image(ImageVolume image) {
		return volume(grid(image.getGrid()), image.getHuValues(), "image", "huValues");
	}

	/** A dose distribution's values in Gy on its grid (a copy). */
	public static FloatVolume dose(DoseDistribution dose) {
		return volume(grid(dose.getGrid()), dose.getDoseGy(), "dose '" + dose.getSource() + "'", "doseGy");
	}

	/** The core grid of a model grid. */
	public static Grid3 grid(VoxelGrid g) {
		if (g == null) {
			throw new InvalidInputException("grid", null, "there is no grid");
		}
		if (g.getOriginMm() == null || g.getSpacingMm() == null || g.getRowDirection() == null || g.getColumnDirection() == null
				|| g.getSliceDirection() == null) {
			throw new InvalidInputException("grid", null, "origin, spacing and the three directions must all be set");
		}
		try {
			return new Grid3(g.getOriginMm(), g.getSpacingMm(), g.getNx(), g.getNy(), g.getNz(), g.getRowDirection(),
					g.getColumnDirection(), g.getSliceDirection());
		} catch (IllegalArgumentException e) {
			throw new InvalidInputException("grid", null, e.getMessage(), e);
		}
	}

	/** A new model grid equal to a core grid. */
	public static VoxelGrid voxelGrid(Grid3 grid) {
		VoxelGrid g = ModelFactory.eINSTANCE.createVoxelGrid();
		g.setOriginMm(grid.originMm());
		g.setSpacingMm(grid.spacingMm());
		g.setNx(grid.nx());
		g.setNy(grid.ny());
		g.setNz(grid.nz());
		g.setRowDirection(grid.rowDir());
		g.setColumnDirection(grid.columnDir());
		g.setSliceDirection(grid.sliceDir());
		return g;
	}

	private static FloatVolume volume(Grid3 grid, BulkArray values, String source, String attribute) {
		if (values == null) {
			throw new InvalidInputException(source, attribute, "there are no values");
		}
		if (values.length() != grid.voxelCount()) {
			throw new InvalidInputException(source, attribute,
					values.length() + " values do not fill the grid " + grid + " of " + grid.voxelCount() + " voxels");
		}
		return new FloatVolume(grid, values.toFloatArray());
	}

	private static String nonNull(String s) {
		return s == null ? "" : s;
	}
}
