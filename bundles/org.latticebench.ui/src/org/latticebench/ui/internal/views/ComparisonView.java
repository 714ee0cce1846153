package org.latticebench.ui.internal.views;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.ui.actions.ActionFactory;
import org.latticebench.evaluation.ConstraintResult;
import org.latticebench.evaluation.ConstraintStatus;
import org.latticebench.ui.internal.session.AnalysisResults;
import org.latticebench.ui.internal.session.AnalysisRows;
import org.latticebench.ui.internal.session.ComparisonRows;
import org.latticebench.ui.internal.session.ComparisonRows.Row;
import org.latticebench.ui.internal.session.Services;
import org.latticebench.ui.internal.session.StudySession;
import org.latticebench.workflow.PlanRobustness;
import org.latticebench.workflow.PlanRun;

/**
 * The comparison: plans as columns, metrics as grouped rows, deltas against the chosen reference
 * plan, and the constraint checklist coloured by pass/fail with the margin to the limit. Click a
 * header to sort; Ctrl+C (or Copy) copies the selected rows, or all, as tab-separated text. Once
 * computed (toolbar: Gamma…, Evaluate robustness…), gamma pass rates appear as rows, and plans
 * evaluated under set-up shifts get nominal / worst / range columns.
 */
public final class ComparisonView extends StudyViewPart implements StudySession.Listener, AnalysisResults.Listener {

	static final Color PASS = new Color(200, 240, 200);
	static final Color FAIL = new Color(250, 190, 190);
	static final Color NOT_EVALUABLE = new Color(225, 225, 225);
	static final Color GROUP_SHADE = new Color(240, 244, 250);

	private Combo reference;
	private Label status;
	private TableViewer table;
	private List<Row> rows = List.of();
	private List<String> planNames = List.of();
	private List<Optional<PlanRobustness.Result>> robustness = List.of();
	private String columnSignature = "";
	private int referenceIndex;
	private int sortColumn = -1;
	private boolean sortDescending;

	@Override
	public void createPartControl(Composite parent) {
		installUndo();
		parent.setLayout(new GridLayout());
		Composite bar = new Composite(parent, SWT.NONE);
		bar.setLayout(new GridLayout(4, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		new Label(bar, SWT.NONE).setText("Reference plan:");
		reference = new Combo(bar, SWT.READ_ONLY);
		reference.addListener(SWT.Selection, e -> {
			if (reference.getSelectionIndex() >= 0) {
				StudySession.get().setReferencePlan(reference.getItem(reference.getSelectionIndex()));
			}
		});
		Button copy = new Button(bar, SWT.PUSH);
		copy.setText("Copy");
		copy.setToolTipText("Copy the selected rows (all rows when none is selected) as tab-separated text");
		copy.addListener(SWT.Selection, e -> copy());
		status = new Label(bar, SWT.NONE);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		table = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		table.getTable().setHeaderVisible(true);
		table.getTable().setLinesVisible(true);
		table.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		table.setContentProvider(ArrayContentProvider.getInstance());
		table.getTable().addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'c' || e.keyCode == 'C')) {
				copy();
			}
		});
		getViewSite().getActionBars().setGlobalActionHandler(ActionFactory.COPY.getId(), new org.eclipse.jface.action.Action() {
			@Override
			public void run() {
				copy();
			}
		});
		StudySession.get().addListener(this);
		AnalysisResults.get().addListener(this);
		sessionChanged(StudySession.get());
	}

	@Override
	public void analysisChanged(AnalysisResults results) {
		sessionChanged(StudySession.get());
	}

	@Override
	public void sessionChanged(StudySession session) {
		if (table == null || table.getTable().isDisposed()) {
			return;
		}
		List<PlanRun> runs = session.plans();
		List<String> names = session.planNames();
		AnalysisResults analysis = AnalysisResults.get();
		analysis.retain(runs);
		robustness = runs.stream().map(analysis::robustness).toList();
		String ref = session.referencePlan().map(PlanRun::planName).orElse(names.isEmpty() ? "" : names.get(0));
		int refIndex = Math.max(0, names.indexOf(ref));
		if (session.study().isEmpty() || runs.isEmpty()) {
			status.setText("No plans yet: Plan > Generate and Compute.");
			setRows(List.of(), List.of(), 0);
			reference.setItems();
			return;
		}
		try {
			List<Row> all = new ArrayList<>(ComparisonRows.rows(session.study().get(), runs, refIndex, Services.metrics()));
			all.addAll(AnalysisRows.robustnessRows(robustness, refIndex));
			all.addAll(AnalysisRows.gammaRows(analysis.gammas(), runs));
			setRows(all, names, refIndex);
			String shifts = analysis.robustnessLabel();
			status.setText(runs.size() + " plans; deltas are plan − " + ref
					+ (shifts.isEmpty() ? "" : "; worst cases over " + shifts));
		} catch (RuntimeException e) {
			status.setText("Could not compare: " + e.getMessage());
			setRows(List.of(), names, refIndex);
		}
		reference.setItems(names.toArray(String[]::new));
		reference.select(refIndex);
		status.getParent().layout();
	}

	/** The rows shown, in model order (before any sorting by the user). */
	public List<Row> rows() {
		return rows;
	}

	/** The text shown in a cell of the row at display position {@code item}. */
	public String cellText(int item, int column) {
		return table.getTable().getItem(item).getText(column);
	}

	/** Column headers, in display order. */
	public List<String> headers() {
		List<String> h = new ArrayList<>();
		for (TableColumn c : table.getTable().getColumns()) {
			h.add(c.getText());
		}
		return h;
	}

	public TableViewer viewer() {
		return table;
	}

	private void setRows(List<Row> newRows, List<String> names, int refIndex) {
		String signature = names + "|" + refIndex + "|"
				+ robustness.stream().map(r -> r.map(x -> "R" + System.identityHashCode(x)).orElse("-") + ",")
						.reduce("", String::concat); // a new evaluation rebinds the worst-case columns
		rows = newRows;
		if (!signature.equals(columnSignature) || table.getTable().getColumnCount() == 0) {
			columnSignature = signature;
			planNames = List.copyOf(names);
			referenceIndex = refIndex;
			rebuildColumns();
		}
		table.setInput(rows);
	}

	private void rebuildColumns() {
		table.getTable().setRedraw(false);
		for (TableColumn c : table.getTable().getColumns()) {
			c.dispose();
		}
		// narrower label columns when worst-case columns need the room
		boolean spreads = robustness.stream().anyMatch(Optional::isPresent);
		column("Group", spreads ? 100 : 110, r -> r.group().label(), r -> null);
		column("Structure", spreads ? 95 : 110, Row::structure, r -> null);
		column("Metric", spreads ? 230 : 270, Row::metric, r -> null);
		column("Unit", 50, Row::unit, r -> null);
		for (int p = 0; p < planNames.size(); p++) {
			int plan = p;
			column(planNames.get(p) + (p == referenceIndex ? " (ref)" : ""), spreads ? 135 : 150, r -> valueText(r, plan),
					r -> cellColour(r, plan));
		}
		for (int p = 0; p < planNames.size(); p++) {
			if (p != referenceIndex) {
				int plan = p;
				column("Δ " + planNames.get(p), 90, r -> ComparisonRows.formatDelta(r.deltas().get(plan)), r -> null);
			}
		}
		for (int p = 0; p < planNames.size() && p < robustness.size(); p++) {
			Optional<PlanRobustness.Result> result = robustness.get(p);
			if (result.isEmpty()) {
				continue;
			}
			int plan = p;
			// one column per plan keeps the three numbers together and the table within a screen's width
			column(AnalysisRows.spreadHeader(planNames.get(p)), 235, r -> AnalysisRows.spreadText(r, plan, result),
					r -> AnalysisRows.worstPasses(r, plan, result).map(ok -> ok ? PASS : FAIL).orElse(null));
		}
		table.getTable().setRedraw(true);
	}

	/** A value cell: the number, and for a constraint its verdict and margin. */
	static String valueText(Row r, int plan) {
		Optional<ConstraintResult> c = r.constraints().get(plan);
		if (c.isEmpty()) {
			OptionalDouble v = r.values().get(plan);
			return r.unit().equals("voxels") && v.isPresent() ? String.format(java.util.Locale.ROOT, "%.0f", v.getAsDouble())
					: ComparisonRows.format(v);
		}
		ConstraintResult result = c.get();
		return switch (result.status()) {
		case PASS -> "✓ " + ComparisonRows.format(result.value()) + " (margin " + ComparisonRows.format(result.margin()) + ")";
		case FAIL -> "✗ " + ComparisonRows.format(result.value()) + " (over by "
				+ ComparisonRows.format(OptionalDouble.of(-result.margin().orElse(Double.NaN))) + ")";
		case NOT_EVALUABLE -> "n/a: " + result.note();
		};
	}

	private static Color cellColour(Row r, int plan) {
		Optional<ConstraintResult> c = r.constraints().get(plan);
		if (c.isEmpty()) {
			return r.group().ordinal() % 2 == 0 ? null : GROUP_SHADE;
		}
		return c.get().status() == ConstraintStatus.PASS ? PASS
				: c.get().status() == ConstraintStatus.FAIL ? FAIL : NOT_EVALUABLE;
	}

	private void column(String title, int width, Function<Row, String> text, Function<Row, Color> background) {
		TableViewerColumn col = new TableViewerColumn(table, SWT.NONE);
		col.getColumn().setText(title);
		col.getColumn().setWidth(width);
		col.getColumn().setMoveable(true);
		int index = table.getTable().getColumnCount() - 1;
		col.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((Row) element);
			}

			@Override
			public Color getBackground(Object element) {
				Color c = background.apply((Row) element);
				Row row = (Row) element;
				return c != null ? c : row.group().ordinal() % 2 == 0 ? null : GROUP_SHADE;
			}
		});
		col.getColumn().addListener(SWT.Selection, e -> sortBy(index, text));
	}

	private void sortBy(int column, Function<Row, String> text) {
		sortDescending = column == sortColumn && !sortDescending;
		sortColumn = column;
		table.getTable().setSortColumn(table.getTable().getColumn(column));
		table.getTable().setSortDirection(sortDescending ? SWT.DOWN : SWT.UP);
		table.setComparator(new ViewerComparator() {
			@Override
			public int compare(Viewer viewer, Object a, Object b) {
				int c = compareCells(text.apply((Row) a), text.apply((Row) b));
				return sortDescending ? -c : c;
			}
		});
	}

	/** Numbers as numbers (blank last), anything else as text. */
	static int compareCells(String a, String b) {
		Double x = leadingNumber(a), y = leadingNumber(b);
		if (x != null && y != null) {
			return Double.compare(x, y);
		}
		if (x != null || y != null) {
			return x != null ? -1 : 1;
		}
		return a.compareToIgnoreCase(b);
	}

	private static Double leadingNumber(String s) {
		String t = s.replace("✓", "").replace("✗", "").trim().split(" ")[0];
		try {
			return t.isEmpty() ? null : Double.valueOf(t);
		} catch (NumberFormatException e) {
			return null;
		}
	}

	/** Tab-separated text of the selected rows (all when none), in display order with the headers. */
	public String copyText() {
		IStructuredSelection sel = table.getStructuredSelection();
		StringBuilder sb = new StringBuilder(String.join("\t", headers())).append('\n');
		var items = table.getTable().getItems();
		for (var item : items) {
			if (!sel.isEmpty() && !sel.toList().contains(item.getData())) {
				continue;
			}
			for (int c = 0; c < table.getTable().getColumnCount(); c++) {
				sb.append(c == 0 ? "" : "\t").append(item.getText(c));
			}
			sb.append('\n');
		}
		return sb.toString();
	}

	private void copy() {
		Clipboard cb = new Clipboard(table.getTable().getDisplay());
		try {
			cb.setContents(new Object[] { copyText() }, new Transfer[] { TextTransfer.getInstance() });
		} finally {
			cb.dispose();
		}
	}

	@Override
	public void setFocus() {
		table.getControl().setFocus();
	}

	@Override
	public void dispose() {
		StudySession.get().removeListener(this);
		AnalysisResults.get().removeListener(this);
		super.dispose();
	}
}
