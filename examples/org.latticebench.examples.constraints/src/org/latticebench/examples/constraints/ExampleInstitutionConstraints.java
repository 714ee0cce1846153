package org.latticebench.examples.constraints;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.latticebench.core.InvalidInputException;
import org.latticebench.evaluation.Constraint;
import org.latticebench.evaluation.ConstraintSetProvider;
import org.osgi.service.component.annotations.Component;

/**
 * Example plug-in constraint set: an institution's limits kept in a CSV file shipped inside the
 * bundle ({@code constraints/example-liver-sbrt-5fx.csv}). Edit the file and rebuild the bundle to
 * change the limits; a malformed file fails the component's creation with a message naming the
 * line, so a broken set never appears half-read.
 */
@Component(service = ConstraintSetProvider.class, property = { "id=" + ExampleInstitutionConstraints.ID,
		"name=Example institution liver SBRT, 5 fx (CSV)",
		"description=TG-101 five-fraction limits and a liver mean dose, read from a CSV file in the plug-in" })
public final class ExampleInstitutionConstraints implements ConstraintSetProvider {

	public static final String ID = "example-liver-sbrt-5fx";
	/** The CSV inside the bundle. */
	public static final String RESOURCE = "/constraints/example-liver-sbrt-5fx.csv";

	/** Read once, when the component is created (DS creates it when the set is first used). */
	private final List<Constraint> constraints = load();

	static List<Constraint> load() {
		try (InputStream in = ExampleInstitutionConstraints.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new InvalidInputException(RESOURCE, "file", "is missing from the bundle (check build.properties)");
			}
			return CsvConstraintSet.read(in, RESOURCE);
		} catch (IOException e) {
			throw new UncheckedIOException("closing " + RESOURCE, e);
		}
	}

	@Override
	public String id() {
		return ID;
	}

	@Override
	public String name() {
		return "Example institution liver SBRT, 5 fx (CSV)";
	}

	@Override
	public List<Constraint> constraints() {
		return constraints;
	}
}
