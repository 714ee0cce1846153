package org.latticebench.model.codegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Generates the Java code of the Lattice Bench EMF model without an Eclipse workbench.
 * <p>
 * Usage: {@code GenerateModel <path to latticebench.ecore> <output root>}. The code lands in
 * {@code <output root>/org.latticebench.model/src-gen}; generate.sh then replaces the bundle's
 * src-gen with it, so the generator never touches the bundle's hand-kept MANIFEST or plugin files.
 */
public final class GenerateModel {

	private static final String PROJECT = "org.latticebench.model";

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("usage: GenerateModel <latticebench.ecore> <output root>");
			System.exit(2);
		}
		Path ecore = Path.of(args[0]).toAbsolutePath().normalize();
		Path outputRoot = Path.of(args[1]).toAbsolutePath().normalize();
		Files.createDirectories(outputRoot.resolve(PROJECT));

		ResourceSet resources = new ResourceSetImpl();
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		resources.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
		resources.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		resources.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		// "platform:/resource/<project>/..." is where the generator writes; point it at the output root.
		resources.getURIConverter().getURIMap().put(URI.createPlatformResourceURI("/", false),
				URI.createFileURI(outputRoot.toString() + "/"));

		Resource ecoreResource = resources.getResource(URI.createFileURI(ecore.toString()), true);
		EPackage ePackage = (EPackage) ecoreResource.getContents().get(0);

		GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
		genModel.initialize(List.of(ePackage));
		Resource genResource = resources.createResource(URI.createFileURI(outputRoot.resolve("latticebench.genmodel").toString()));
		genResource.getContents().add(genModel);

		genModel.setModelName("LatticeBench");
		genModel.setModelPluginID(PROJECT);
		genModel.setModelDirectory("/" + PROJECT + "/src-gen");
		genModel.setComplianceLevel(GenJDKLevel.JDK80_LITERAL);
		genModel.setCopyrightFields(false);
		genModel.setCanGenerate(true);
		genModel.setBundleManifest(false);
		genModel.setUpdateClasspath(false);
		genModel.setSuppressInterfaces(false);
		genModel.setRootExtendsClass("org.eclipse.emf.ecore.impl.MinimalEObjectImpl$Container");
		genModel.setImportOrganizing(true);
		genModel.setOperationReflection(true);
		genModel.getForeignModel().add(ecore.getFileName().toString());

		GenPackage genPackage = genModel.getGenPackages().get(0);
		genPackage.setBasePackage("org.latticebench");
		genPackage.setPrefix("Model");

		Diagnostic valid = genModel.diagnose();
		if (valid.getSeverity() == Diagnostic.ERROR) {
			System.err.println("The GenModel is invalid: " + valid);
			System.exit(1);
		}

		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		generator.setInput(genModel);
		Diagnostic result = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
				new BasicMonitor());
		if (result.getSeverity() == Diagnostic.ERROR) {
			System.err.println("Generation failed: " + result);
			System.exit(1);
		}
		System.out.println("Generated " + outputRoot.resolve(PROJECT).resolve("src-gen"));
	}

}
