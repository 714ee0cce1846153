package org.latticebench.planning;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.latticebench.core.BeamSpec;
import org.latticebench.core.Vec3;

/**
 * Turns a {@link BeamArrangement} into static beams about one isocentre.
 *
 * @since 0.1
 */
public final class Beams {

	private Beams() {
	}

	/** The beams, named {@code B01_G000} (index and gantry angle), all at {@code isocentreMm}. */
	public static List<BeamSpec> arrange(BeamArrangement arrangement, Vec3 isocentreMm) {
		List<BeamSpec> beams = new ArrayList<>(arrangement.beamCount());
		for (int n = 0; n < arrangement.beamCount(); n++) {
			double gantry = arrangement.gantryDeg(n);
			double normalised = ((gantry % 360) + 360) % 360;
			String name = String.format(Locale.ROOT, "B%02d_G%03.0f", n + 1, normalised);
			beams.add(new BeamSpec(name, gantry, 0, arrangement.couchDeg(), isocentreMm, arrangement.energyMv(), 1000));
		}
		return List.copyOf(beams);
	}
}
