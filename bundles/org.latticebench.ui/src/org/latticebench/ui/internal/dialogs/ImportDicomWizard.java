package org.latticebench.ui.internal.dialogs;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.latticebench.core.CancelledException;
import org.latticebench.core.InvalidInputException;
import org.latticebench.ui.internal.session.ImportStudyJob;
import org.latticebench.ui.internal.session.ProgressMonitorAdapter;
import org.latticebench.ui.internal.session.ScanSummary;

/**
 * File > Import DICOM Folder…: scans the folder in a background job and shows what it found
 * (patient and study, each frame of reference with its CT series, RTSTRUCT ROIs, RTPLAN and RTDOSE
 * files, and the warnings) before anything is imported. Finish imports it as a cancellable job;
 * it is offered only when the scan found nothing that would stop the import, and the page says
 * what that is, naming the file.
 */
public final class ImportDicomWizard extends Wizard {

	private final Path folder;
	private ScanPage page;
	private volatile Job scanJob;
	private volatile ScanSummary summary;
	private volatile String scanError;
	private ImportStudyJob importJob;

	public ImportDicomWizard(Path folder) {
		this.folder = folder;
		setWindowTitle("Import DICOM Folder");
		setNeedsProgressMonitor(false);
	}

	@Override
	public void addPages() {
		page = new ScanPage();
		addPage(page);
	}

	/** The scan result, once the scan job finished. */
	public Optional<ScanSummary> summary() {
		return Optional.ofNullable(summary);
	}

	/** The scan job (tests wait for it). */
	public Optional<Job> scanJob() {
		return Optional.ofNullable(scanJob);
	}

	/** The import started by Finish. */
	public Optional<ImportStudyJob> importJob() {
		return Optional.ofNullable(importJob);
	}

	/** What the page shows as found, one line per tree item, indented. */
	public String shownTree() {
		return page == null ? "" : page.treeText();
	}

	@Override
	public boolean canFinish() {
		return summary != null && summary.importable();
	}

	@Override
	public boolean performFinish() {
		if (!canFinish()) {
			return false;
		}
		importJob = new ImportStudyJob(folder, ImportStudyJob.DICOM_IMPORTER);
		importJob.schedule();
		return true;
	}

	@Override
	public boolean performCancel() {
		Job j = scanJob;
		if (j != null) {
			j.cancel();
		}
		return true;
	}

	private void startScan(Display display) {
		Job job = new Job("Scanning " + folder) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					summary = ScanSummary.scan(folder, new ProgressMonitorAdapter(monitor));
				} catch (CancelledException e) {
					return Status.CANCEL_STATUS;
				} catch (InvalidInputException e) {
					scanError = e.getMessage();
				}
				display.asyncExec(() -> page.showResult());
				return Status.OK_STATUS;
			}
		};
		job.setUser(false);
		scanJob = job;
		job.schedule();
	}

	/** The one page: the found items as a tree, then warnings and problems. */
	private final class ScanPage extends WizardPage {
		private TreeViewer tree;
		private Text notes;

		ScanPage() {
			super("scan", "What the folder holds", null);
			setDescription("Scanning " + folder + " …");
			setPageComplete(false);
		}

		@Override
		public void createControl(Composite parent) {
			Composite c = new Composite(parent, SWT.NONE);
			c.setLayout(new GridLayout());
			Label l = new Label(c, SWT.WRAP);
			l.setText("Folder: " + folder);
			tree = new TreeViewer(c, SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
			GridData treeData = new GridData(SWT.FILL, SWT.FILL, true, true);
			treeData.heightHint = 260;
			treeData.widthHint = 620;
			tree.getTree().setLayoutData(treeData);
			tree.setContentProvider(new ITreeContentProvider() {
				@Override
				public Object[] getElements(Object input) {
					return input instanceof ScanSummary s ? s.nodes().toArray() : new Object[0];
				}

				@Override
				public Object[] getChildren(Object element) {
					return ((ScanSummary.Node) element).children().toArray();
				}

				@Override
				public Object getParent(Object element) {
					return null;
				}

				@Override
				public boolean hasChildren(Object element) {
					return !((ScanSummary.Node) element).children().isEmpty();
				}
			});
			tree.setLabelProvider(new LabelProvider() {
				@Override
				public String getText(Object element) {
					return ((ScanSummary.Node) element).label();
				}
			});
			new Label(c, SWT.NONE).setText("Warnings and problems:");
			notes = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.WRAP);
			GridData notesData = new GridData(SWT.FILL, SWT.FILL, true, false);
			notesData.heightHint = 90;
			notes.setLayoutData(notesData);
			setControl(c);
			startScan(parent.getDisplay());
		}

		void showResult() {
			if (tree == null || tree.getTree().isDisposed()) {
				return;
			}
			if (scanError != null) {
				setDescription("The folder could not be scanned.");
				setErrorMessage(scanError);
				notes.setText(scanError);
				setPageComplete(false);
				return;
			}
			ScanSummary s = summary;
			tree.setInput(s);
			tree.expandAll();
			StringBuilder sb = new StringBuilder();
			s.problem().ifPresent(p -> sb.append("Cannot import:\n").append(p).append("\n"));
			s.warnings().forEach(w -> sb.append("Warning: ").append(w).append('\n'));
			if (s.report().studies().stream().anyMatch(st -> !st.series("RTDOSE").isEmpty())) {
				sb.append("Note: RTDOSE files are checked and imported with the study, but the workbench compares"
						+ " the plans it computes; plan this study (Plan > Generate and Compute) to compare regimens.\n");
			}
			notes.setText(sb.length() == 0 ? "None." : sb.toString());
			setDescription(s.report().fileCount() + " files scanned. "
					+ (s.importable() ? "Press Finish to import." : "This folder cannot be imported as it is."));
			setErrorMessage(s.problem().map(p -> p.lines().findFirst().orElse(p)).orElse(null));
			setPageComplete(s.importable());
		}

		String treeText() {
			StringBuilder sb = new StringBuilder();
			if (tree != null && !tree.getTree().isDisposed()) {
				for (var item : tree.getTree().getItems()) {
					append(sb, item, 0);
				}
			}
			return sb.toString();
		}

		private void append(StringBuilder sb, org.eclipse.swt.widgets.TreeItem item, int depth) {
			sb.append("  ".repeat(depth)).append(item.getText()).append('\n');
			for (var child : item.getItems()) {
				append(sb, child, depth + 1);
			}
		}
	}
}
