package org.latticebench.ui.internal.session;

import java.util.ArrayList;
import java.util.List;

import org.latticebench.core.LatticeBenchException;
import org.latticebench.evaluation.ConstraintSetRegistry;
import org.latticebench.evaluation.MetricRegistry;
import org.latticebench.model.io.StudyExporter;
import org.latticebench.model.io.StudyImporter;
import org.latticebench.workflow.PlanPipeline;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The compute services the workbench calls (all DS services of the compute bundles). A missing
 * one is reported with what to install, never as a null.
 */
public final class Services {

	private Services() {
	}

	public static PlanPipeline pipeline() {
		return require(PlanPipeline.class, "the plan pipeline (bundle org.latticebench.workflow)");
	}

	public static MetricRegistry metrics() {
		return require(MetricRegistry.class, "the metric registry (bundle org.latticebench.evaluation)");
	}

	public static ConstraintSetRegistry constraintSets() {
		return require(ConstraintSetRegistry.class, "the constraint set registry (bundle org.latticebench.evaluation)");
	}

	/** The registered study importer with this id (e.g. {@code dicom-rt}). */
	public static StudyImporter importer(String id) {
		return all(StudyImporter.class).stream().filter(i -> i.id().equals(id)).findFirst()
				.orElseThrow(() -> new MissingServiceException("the study importer '" + id
						+ "' (bundle org.latticebench.dicom) is not running; start the product with its runtime feature"));
	}

	/** The registered study exporter with this id (e.g. {@code dicom-rt}). */
	public static StudyExporter exporter(String id) {
		return all(StudyExporter.class).stream().filter(e -> e.id().equals(id)).findFirst()
				.orElseThrow(() -> new MissingServiceException("the study exporter '" + id
						+ "' (bundle org.latticebench.dicom) is not running; start the product with its runtime feature"));
	}

	private static <T> T require(Class<T> type, String what) {
		List<T> found = all(type);
		if (found.isEmpty()) {
			throw new MissingServiceException(what + " is not running; start the product with its runtime feature"
					+ " (or add that bundle to the launch) and try again");
		}
		return found.get(0);
	}

	private static <T> List<T> all(Class<T> type) {
		var bundle = FrameworkUtil.getBundle(Services.class);
		BundleContext context = bundle == null ? null : bundle.getBundleContext();
		if (context == null) {
			return List.of();
		}
		try {
			List<T> out = new ArrayList<>();
			for (ServiceReference<T> ref : context.getServiceReferences(type, null)) {
				T s = context.getService(ref);
				if (s != null) {
					out.add(s);
				}
			}
			return out;
		} catch (InvalidSyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	/** A compute service the workbench needs is not registered. */
	public static final class MissingServiceException extends LatticeBenchException {
		private static final long serialVersionUID = 1L;

		MissingServiceException(String message) {
			super(message);
		}
	}
}
