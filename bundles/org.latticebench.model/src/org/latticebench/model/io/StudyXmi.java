package org.latticebench.model.io;

import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EFactory;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.XMLHelper;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIHelperImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.latticebench.model.ModelPackage;

/** The XMI resource of study.xmi: hardened parser options and bulk-array resolution while loading. */
final class StudyXmi {

	/** Resolves a bulk-array reference ({@code <id>:<length>}) read from study.xmi. */
	@FunctionalInterface
	interface ArrayResolver {
		Object resolve(String reference);
	}

	private StudyXmi() {
	}

	static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
		return set;
	}

	/** A study resource; when {@code arrays} is given, BulkArray values are read through it. */
	static XMLResource newResource(URI uri, ArrayResolver arrays) {
		return new XMIResourceImpl(uri) {
			@Override
			protected XMLHelper createXMLHelper() {
				return new XMIHelperImpl(this) {
					@Override
					protected Object createFromString(EFactory factory, EDataType type, String value) {
						if (arrays != null && type == ModelPackage.Literals.BULK_ARRAY) {
							return arrays.resolve(value);
						}
						return super.createFromString(factory, type, value);
					}
				};
			}
		};
	}

	static Map<Object, Object> saveOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_ENCODING, "UTF-8");
		options.put(XMLResource.OPTION_LINE_WIDTH, 120);
		return options;
	}

	/**
	 * Load options that refuse any DOCTYPE (so no external entity or DTD is ever read, XXE) and
	 * record elements this version does not know instead of failing, so that the format version of
	 * a newer study can be reported first.
	 */
	static Map<Object, Object> loadOptions() {
		Map<String, Boolean> features = new HashMap<>();
		features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
		features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
		features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
		features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
		features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
		Map<String, Object> properties = new HashMap<>();
		properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, features);
		options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
		options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		return options;
	}
}
