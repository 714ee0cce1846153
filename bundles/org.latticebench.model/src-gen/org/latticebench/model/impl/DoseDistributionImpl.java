/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.model.DoseDistribution;
import org.latticebench.model.DoseKind;
import org.latticebench.model.ModelPackage;
import org.latticebench.model.VoxelGrid;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Dose Distribution</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.DoseDistributionImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.latticebench.model.impl.DoseDistributionImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.latticebench.model.impl.DoseDistributionImpl#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.latticebench.model.impl.DoseDistributionImpl#getDoseGy <em>Dose Gy</em>}</li>
 * </ul>
 *
 * @generated
 */
public class DoseDistributionImpl extends MinimalEObjectImpl.Container implements DoseDistribution {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final DoseKind KIND_EDEFAULT = DoseKind.PHYSICAL;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected DoseKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected static final String SOURCE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSource() <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSource()
	 * @generated
	 * @ordered
	 */
	protected String source = SOURCE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGrid() <em>Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGrid()
	 * @generated
	 * @ordered
	 */
	protected VoxelGrid grid;

	/**
	 * The default value of the '{@link #getDoseGy() <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseGy()
	 * @generated
	 * @ordered
	 */
	protected static final BulkArray DOSE_GY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseGy() <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseGy()
	 * @generated
	 * @ordered
	 */
	protected BulkArray doseGy = DOSE_GY_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DoseDistributionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.DOSE_DISTRIBUTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DoseKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(DoseKind newKind) {
		DoseKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_DISTRIBUTION__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getSource() {
		return source;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSource(String newSource) {
		String oldSource = source;
		source = newSource;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_DISTRIBUTION__SOURCE, oldSource, source));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public VoxelGrid getGrid() {
		return grid;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetGrid(VoxelGrid newGrid, NotificationChain msgs) {
		VoxelGrid oldGrid = grid;
		grid = newGrid;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_DISTRIBUTION__GRID, oldGrid, newGrid);
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
	public void setGrid(VoxelGrid newGrid) {
		if (newGrid != grid) {
			NotificationChain msgs = null;
			if (grid != null)
				msgs = ((InternalEObject)grid).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DOSE_DISTRIBUTION__GRID, null, msgs);
			if (newGrid != null)
				msgs = ((InternalEObject)newGrid).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.DOSE_DISTRIBUTION__GRID, null, msgs);
			msgs = basicSetGrid(newGrid, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_DISTRIBUTION__GRID, newGrid, newGrid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BulkArray getDoseGy() {
		return doseGy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseGy(BulkArray newDoseGy) {
		BulkArray oldDoseGy = doseGy;
		doseGy = newDoseGy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.DOSE_DISTRIBUTION__DOSE_GY, oldDoseGy, doseGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.DOSE_DISTRIBUTION__GRID:
				return basicSetGrid(null, msgs);
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
			case ModelPackage.DOSE_DISTRIBUTION__KIND:
				return getKind();
			case ModelPackage.DOSE_DISTRIBUTION__SOURCE:
				return getSource();
			case ModelPackage.DOSE_DISTRIBUTION__GRID:
				return getGrid();
			case ModelPackage.DOSE_DISTRIBUTION__DOSE_GY:
				return getDoseGy();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.DOSE_DISTRIBUTION__KIND:
				setKind((DoseKind)newValue);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__GRID:
				setGrid((VoxelGrid)newValue);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__DOSE_GY:
				setDoseGy((BulkArray)newValue);
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
			case ModelPackage.DOSE_DISTRIBUTION__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__GRID:
				setGrid((VoxelGrid)null);
				return;
			case ModelPackage.DOSE_DISTRIBUTION__DOSE_GY:
				setDoseGy(DOSE_GY_EDEFAULT);
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
			case ModelPackage.DOSE_DISTRIBUTION__KIND:
				return kind != KIND_EDEFAULT;
			case ModelPackage.DOSE_DISTRIBUTION__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.DOSE_DISTRIBUTION__GRID:
				return grid != null;
			case ModelPackage.DOSE_DISTRIBUTION__DOSE_GY:
				return DOSE_GY_EDEFAULT == null ? doseGy != null : !DOSE_GY_EDEFAULT.equals(doseGy);
		}
		return super.eIsSet(featureID);
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", source: ");
		result.append(source);
		result.append(", doseGy: ");
		result.append(doseGy);
		result.append(')');
		return result.toString();
	}

} //DoseDistributionImpl
