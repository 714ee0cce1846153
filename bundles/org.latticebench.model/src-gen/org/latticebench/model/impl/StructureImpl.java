/**
 */
package org.latticebench.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Collection;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.latticebench.core.PlanarContour;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Structure;
import org.latticebench.model.StructureRole;
import org.latticebench.model.VoxelGrid;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Structure</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getRole <em>Role</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getColorRgb <em>Color Rgb</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getAlphaBetaGy <em>Alpha Beta Gy</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getContours <em>Contours</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getMask <em>Mask</em>}</li>
 *   <li>{@link org.latticebench.model.impl.StructureImpl#getMaskGrid <em>Mask Grid</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StructureImpl extends MinimalEObjectImpl.Container implements Structure {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected static final StructureRole ROLE_EDEFAULT = StructureRole.TARGET;

	/**
	 * The cached value of the '{@link #getRole() <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRole()
	 * @generated
	 * @ordered
	 */
	protected StructureRole role = ROLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getColorRgb() <em>Color Rgb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColorRgb()
	 * @generated
	 * @ordered
	 */
	protected static final int COLOR_RGB_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getColorRgb() <em>Color Rgb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColorRgb()
	 * @generated
	 * @ordered
	 */
	protected int colorRgb = COLOR_RGB_EDEFAULT;

	/**
	 * The default value of the '{@link #getAlphaBetaGy() <em>Alpha Beta Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlphaBetaGy()
	 * @generated
	 * @ordered
	 */
	protected static final double ALPHA_BETA_GY_EDEFAULT = 10.0;

	/**
	 * The cached value of the '{@link #getAlphaBetaGy() <em>Alpha Beta Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAlphaBetaGy()
	 * @generated
	 * @ordered
	 */
	protected double alphaBetaGy = ALPHA_BETA_GY_EDEFAULT;

	/**
	 * The default value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected static final boolean VISIBLE_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isVisible() <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isVisible()
	 * @generated
	 * @ordered
	 */
	protected boolean visible = VISIBLE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getContours() <em>Contours</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContours()
	 * @generated
	 * @ordered
	 */
	protected EList<PlanarContour> contours;

	/**
	 * The default value of the '{@link #getMask() <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMask()
	 * @generated
	 * @ordered
	 */
	protected static final BulkArray MASK_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMask() <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMask()
	 * @generated
	 * @ordered
	 */
	protected BulkArray mask = MASK_EDEFAULT;

	/**
	 * The cached value of the '{@link #getMaskGrid() <em>Mask Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaskGrid()
	 * @generated
	 * @ordered
	 */
	protected VoxelGrid maskGrid;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StructureImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.STRUCTURE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public StructureRole getRole() {
		return role;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRole(StructureRole newRole) {
		StructureRole oldRole = role;
		role = newRole == null ? ROLE_EDEFAULT : newRole;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__ROLE, oldRole, role));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getColorRgb() {
		return colorRgb;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColorRgb(int newColorRgb) {
		int oldColorRgb = colorRgb;
		colorRgb = newColorRgb;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__COLOR_RGB, oldColorRgb, colorRgb));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getAlphaBetaGy() {
		return alphaBetaGy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAlphaBetaGy(double newAlphaBetaGy) {
		double oldAlphaBetaGy = alphaBetaGy;
		alphaBetaGy = newAlphaBetaGy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__ALPHA_BETA_GY, oldAlphaBetaGy, alphaBetaGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isVisible() {
		return visible;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVisible(boolean newVisible) {
		boolean oldVisible = visible;
		visible = newVisible;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__VISIBLE, oldVisible, visible));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PlanarContour> getContours() {
		if (contours == null) {
			contours = new EDataTypeUniqueEList<PlanarContour>(PlanarContour.class, this, ModelPackage.STRUCTURE__CONTOURS);
		}
		return contours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BulkArray getMask() {
		return mask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMask(BulkArray newMask) {
		BulkArray oldMask = mask;
		mask = newMask;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__MASK, oldMask, mask));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoxelGrid getMaskGrid() {
		return maskGrid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMaskGrid(VoxelGrid newMaskGrid, NotificationChain msgs) {
		VoxelGrid oldMaskGrid = maskGrid;
		maskGrid = newMaskGrid;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__MASK_GRID, oldMaskGrid, newMaskGrid);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaskGrid(VoxelGrid newMaskGrid) {
		if (newMaskGrid != maskGrid) {
			NotificationChain msgs = null;
			if (maskGrid != null)
				msgs = ((InternalEObject)maskGrid).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.STRUCTURE__MASK_GRID, null, msgs);
			if (newMaskGrid != null)
				msgs = ((InternalEObject)newMaskGrid).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.STRUCTURE__MASK_GRID, null, msgs);
			msgs = basicSetMaskGrid(newMaskGrid, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.STRUCTURE__MASK_GRID, newMaskGrid, newMaskGrid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasGeometry(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.latticebench.model.internal.ModelConstraints.structureHasGeometry(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__MASK_GRID:
				return basicSetMaskGrid(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__NAME:
				return getName();
			case ModelPackage.STRUCTURE__ROLE:
				return getRole();
			case ModelPackage.STRUCTURE__COLOR_RGB:
				return getColorRgb();
			case ModelPackage.STRUCTURE__ALPHA_BETA_GY:
				return getAlphaBetaGy();
			case ModelPackage.STRUCTURE__VISIBLE:
				return isVisible();
			case ModelPackage.STRUCTURE__CONTOURS:
				return getContours();
			case ModelPackage.STRUCTURE__MASK:
				return getMask();
			case ModelPackage.STRUCTURE__MASK_GRID:
				return getMaskGrid();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.STRUCTURE__ROLE:
				setRole((StructureRole)newValue);
				return;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				setColorRgb((Integer)newValue);
				return;
			case ModelPackage.STRUCTURE__ALPHA_BETA_GY:
				setAlphaBetaGy((Double)newValue);
				return;
			case ModelPackage.STRUCTURE__VISIBLE:
				setVisible((Boolean)newValue);
				return;
			case ModelPackage.STRUCTURE__CONTOURS:
				getContours().clear();
				getContours().addAll((Collection<? extends PlanarContour>)newValue);
				return;
			case ModelPackage.STRUCTURE__MASK:
				setMask((BulkArray)newValue);
				return;
			case ModelPackage.STRUCTURE__MASK_GRID:
				setMaskGrid((VoxelGrid)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__ROLE:
				setRole(ROLE_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				setColorRgb(COLOR_RGB_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__ALPHA_BETA_GY:
				setAlphaBetaGy(ALPHA_BETA_GY_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__VISIBLE:
				setVisible(VISIBLE_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__CONTOURS:
				getContours().clear();
				return;
			case ModelPackage.STRUCTURE__MASK:
				setMask(MASK_EDEFAULT);
				return;
			case ModelPackage.STRUCTURE__MASK_GRID:
				setMaskGrid((VoxelGrid)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ModelPackage.STRUCTURE__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.STRUCTURE__ROLE:
				return role != ROLE_EDEFAULT;
			case ModelPackage.STRUCTURE__COLOR_RGB:
				return colorRgb != COLOR_RGB_EDEFAULT;
			case ModelPackage.STRUCTURE__ALPHA_BETA_GY:
				return alphaBetaGy != ALPHA_BETA_GY_EDEFAULT;
			case ModelPackage.STRUCTURE__VISIBLE:
				return visible != VISIBLE_EDEFAULT;
			case ModelPackage.STRUCTURE__CONTOURS:
				return contours != null && !contours.isEmpty();
			case ModelPackage.STRUCTURE__MASK:
				return MASK_EDEFAULT == null ? mask != null : !MASK_EDEFAULT.equals(mask);
			case ModelPackage.STRUCTURE__MASK_GRID:
				return maskGrid != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case ModelPackage.STRUCTURE___HAS_GEOMETRY__DIAGNOSTICCHAIN_MAP:
				return hasGeometry((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (name: ");
		result.append(name);
		result.append(", role: ");
		result.append(role);
		result.append(", colorRgb: ");
		result.append(colorRgb);
		result.append(", alphaBetaGy: ");
		result.append(alphaBetaGy);
		result.append(", visible: ");
		result.append(visible);
		result.append(", contours: ");
		result.append(contours);
		result.append(", mask: ");
		result.append(mask);
		result.append(')');
		return result.toString();
	}

} //StructureImpl
