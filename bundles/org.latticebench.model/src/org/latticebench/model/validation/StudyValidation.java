package org.latticebench.model.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.latticebench.model.ModelPackage;
import org.latticebench.model.Study;

/**
 * Checks a study with EMF's validation framework. The package's EValidator (generated
 * {@code ModelValidator}, registered when {@link ModelPackage} initialises) reports a structure
 * without geometry, a prescription of 0 Gy or less, fewer than one fraction, and a plan whose dose
 * grid reaches outside the image, each naming the object.
 *
 * @since 0.1
 */
public final class StudyValidation {

	private StudyValidation() {
	}

	/** The diagnostic tree for the whole study; {@link Diagnostic#OK} when nothing is wrong. */
	public static Diagnostic validate(Study study) {
		ModelPackage.eINSTANCE.eClass(); // ensures the validator is registered
		return Diagnostician.INSTANCE.validate(study);
	}

	/** The messages of all warnings and errors, depth first; empty when the study is valid. */
	public static List<String> problems(Study study) {
		List<String> out = new ArrayList<>();
		collect(validate(study), out);
		return out;
	}

	private static void collect(Diagnostic d, List<String> out) {
		if (d.getChildren().isEmpty()) {
			if (d.getSeverity() >= Diagnostic.WARNING) {
				out.add(d.getMessage());
			}
			return;
		}
		for (Diagnostic child : d.getChildren()) {
			collect(child, out);
		}
	}
}
