package org.latticebench.planning;

import java.util.Map;

import org.latticebench.core.ProgressMonitor;
import org.latticebench.core.StudySnapshot;

/**
 * Turns a study and a regimen into a {@link PlanDesign}. Implementations are OSGi DS services
 * with the service properties {@code id} and {@code name}; a plug-in adds a generator by
 * registering one more.
 *
 * @since 0.1
 */
public interface PlanGenerator {

	/** A stable key, e.g. {@code lattice}; regimens name their default generator by it. */
	String id();

	/** What the user sees. */
	String name();

	/** The settings record type {@link #generate} accepts. */
	Class<? extends Record> settingsType();

	/** The settings used when the user changes nothing. */
	Record defaultSettings();

	/**
	 * Settings from {@code key=value} strings (the saved form or {@code --set} options); keys not
	 * given keep their defaults.
	 *
	 * @throws org.latticebench.core.InvalidInputException for an unknown key or a value that does not parse
	 */
	default Record settingsFrom(Map<String, String> form) {
		return SettingsForm.fromMapOf(settingsType(), form, defaultSettings());
	}

	/**
	 * Generates the design. Long work reports to and is cancelled through the monitor.
	 *
	 * @throws org.latticebench.core.InvalidInputException when the study lacks a structure the
	 *                                                     regimen needs, or the settings are wrong
	 * @throws org.latticebench.core.CancelledException    when the user cancels
	 */
	PlanDesign generate(StudySnapshot study, Regimen regimen, Record settings, ProgressMonitor monitor);
}
