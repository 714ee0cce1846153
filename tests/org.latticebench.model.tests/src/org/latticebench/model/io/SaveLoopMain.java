package org.latticebench.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.latticebench.core.Grid3;
import org.latticebench.core.Vec3;
import org.latticebench.model.Study;
import org.latticebench.model.data.BulkArray;
import org.latticebench.model.snapshot.Snapshots;

/**
 * The child process of {@link KilledProcessSaveTest}: saves one of {@value #VARIANTS} large studies
 * after another into one folder until it is killed. It announces the digest of each variant once
 * it is completely saved ({@code digest <k> <sha256>}), then every finished save
 * ({@code saved <i>}, variant {@code i % VARIANTS}).
 */
public final class SaveLoopMain {

	static final int VARIANTS = 3;
	/** 256 x 256 x 96 floats: 24 MB of CT, so a save takes long enough to be killed half-way. */
	static final Grid3 LARGE_GRID = Grid3.axisAligned(new Vec3(-320, -320, -144), new Vec3(2.5, 2.5, 3), 256, 256, 96);

	private SaveLoopMain() {
	}

	/** {@code args[0]}: the study folder. */
	public static void main(String[] args) throws IOException {
		Path folder = Path.of(args[0]);
		Study[] variants = new Study[VARIANTS];
		for (int k = 0; k < VARIANTS; k++) {
			variants[k] = largeStudy(k);
		}
		for (long i = 0;; i++) {
			int k = (int) (i % VARIANTS);
			StudyStore.save(variants[k], folder);
			if (i < VARIANTS) {
				System.out.println("digest " + k + " " + KilledSaveTest.digest(folder));
			}
			System.out.println("saved " + i);
			System.out.flush();
			if (Files.exists(folder.resolveSibling("stop"))) {
				return;
			}
		}
	}

	/** The model tests' liver study with a large CT whose values depend on the variant. */
	static Study largeStudy(int variant) {
		Study study = TestStudies.liverStudy();
		study.setName("large study, variant " + variant);
		float[] hu = new float[LARGE_GRID.voxelCount()];
		for (int n = 0; n < hu.length; n++) {
			hu[n] = -1000f + ((n * 37 + variant * 101) % 2400);
		}
		study.getImage().setGrid(Snapshots.voxelGrid(LARGE_GRID));
		study.getImage().setHuValues(BulkArray.wrap(hu));
		return study;
	}
}
