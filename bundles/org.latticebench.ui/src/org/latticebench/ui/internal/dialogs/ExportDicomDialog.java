package org.latticebench.ui.internal.dialogs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CheckboxTableViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.latticebench.core.StructureSnapshot;
import org.latticebench.core.StudySnapshot;
import org.latticebench.model.Study;
import org.latticebench.ui.internal.session.ExportStudyJob;
import org.latticebench.ui.internal.session.StudyFiles;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.workflow.PlanRun;

/**
 * Where to export the study as DICOM-RT and which plans' doses go with it. The folder must be new
 * or empty (the exporter writes all files or none).
 */
public final class ExportDicomDialog extends TitleAreaDialog {

	private final List<String> plans;
	private Text folderText;
	private CheckboxTableViewer planList;
	private Path folder;
	private List<String> selected = List.of();

	public ExportDicomDialog(Shell parent, List<String> plans) {
		super(parent);
		this.plans = List.copyOf(plans);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		setTitle("Export DICOM-RT");
		setMessage("CT series, RTSTRUCT (with lattice spheres), one RTDOSE per chosen plan, and an RTPLAN for the first"
				+ " chosen plan. The folder must be new or empty.");
		getShell().setText("Export DICOM");
		Composite area = (Composite) super.createDialogArea(parent);
		Composite c = new Composite(area, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		new Label(c, SWT.NONE).setText("Folder:");
		folderText = new Text(c, SWT.BORDER);
		folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		folderText.addModifyListener(e -> validate());
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse…");
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog d = new DirectoryDialog(getShell(), SWT.SAVE);
			d.setText("Export DICOM to");
			String dir = d.open();
			if (dir != null) {
				folderText.setText(dir);
			}
		});
		Label plansLabel = new Label(c, SWT.NONE);
		plansLabel.setText(plans.isEmpty() ? "No plans yet: the CT and structures are exported." : "Plans:");
		plansLabel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, false, false, 3, 1));
		planList = CheckboxTableViewer.newCheckList(c, SWT.BORDER);
		GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1);
		listData.heightHint = 100;
		planList.getTable().setLayoutData(listData);
		planList.setContentProvider(ArrayContentProvider.getInstance());
		planList.setInput(plans);
		planList.setAllChecked(true);
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		super.createButtonsForButtonBar(parent);
		getButton(IDialogConstants.OK_ID).setText("Export");
		validate();
	}

	private void validate() {
		Button ok = getButton(IDialogConstants.OK_ID);
		String text = folderText == null ? "" : folderText.getText().trim();
		String problem = problem(text);
		setErrorMessage(text.isEmpty() ? null : problem);
		if (ok != null) {
			ok.setEnabled(problem == null);
		}
	}

	/** Why the folder cannot take the export, or null when it can. */
	static String problem(String text) {
		if (text.isEmpty()) {
			return "Choose a folder.";
		}
		Path p = Path.of(text);
		try {
			if (Files.exists(p) && (!Files.isDirectory(p) || Files.list(p).findAny().isPresent())) {
				return p + " is not empty; choose a new or empty folder.";
			}
		} catch (java.io.IOException e) {
			return p + " cannot be read: " + e.getMessage();
		}
		return null;
	}

	@Override
	protected void okPressed() {
		folder = Path.of(folderText.getText().trim());
		List<String> chosen = new ArrayList<>();
		for (Object o : planList.getCheckedElements()) {
			chosen.add((String) o);
		}
		selected = chosen;
		super.okPressed();
	}

	public Path folder() {
		return folder;
	}

	public List<String> selectedPlans() {
		return selected;
	}

	/**
	 * Builds the model of the open study with the named plans (on the UI thread) and exports it in a
	 * job. The structures the plans generated (PTV, lattice spheres, rings) go into the RTSTRUCT too.
	 */
	public static ExportStudyJob export(Path folder, List<String> planNames) {
		StudySession session = StudySession.get();
		List<PlanRun> runs = session.plans().stream().filter(r -> planNames.contains(r.planName())).toList();
		StudySnapshot anatomy = session.study().orElseThrow();
		List<StructureSnapshot> structures = new ArrayList<>(anatomy.structures());
		Set<String> names = new HashSet<>();
		structures.forEach(s -> names.add(s.name()));
		for (PlanRun run : runs) {
			session.generatedStructures(run).stream().filter(s -> s.mask().isPresent() && names.add(s.name()))
					.forEach(structures::add);
		}
		StudySnapshot withGenerated = new StudySnapshot(anatomy.patientName(), anatomy.patientId(), anatomy.ctHu(),
				structures);
		Study model = StudyFiles.toModel(withGenerated, runs);
		ExportStudyJob job = new ExportStudyJob(model, folder, ExportStudyJob.DICOM_EXPORTER);
		job.schedule();
		return job;
	}
}
