/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.model.ImageVolume;
import org.latticebench.model.ModelPackage;
import org.latticebench.model.VoxelGrid;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Image Volume</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.ImageVolumeImpl#getModality <em>Modality</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ImageVolumeImpl#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ImageVolumeImpl#getHuValues <em>Hu Values</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ImageVolumeImpl extends MinimalEObjectImpl.Container implements ImageVolume {
	/**
	 * The default value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected static final String MODALITY_EDEFAULT = "CT";

	/**
	 * The cached value of the '{@link #getModality() <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getModality()
	 * @generated
	 * @ordered
	 */
	protected String modality = MODALITY_EDEFAULT;

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
	 * The default value of the '{@link #getHuValues() <em>Hu Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHuValues()
	 * @generated
	 * @ordered
	 */
	protected static final BulkArray HU_VALUES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getHuValues() <em>Hu Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHuValues()
	 * @generated
	 * @ordered
	 */
	protected BulkArray huValues = HU_VALUES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ImageVolumeImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.IMAGE_VOLUME;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getModality() {
		return modality;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setModality(String newModality) {
		String oldModality = modality;
		modality = newModality;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_VOLUME__MODALITY, oldModality, modality));
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
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_VOLUME__GRID, oldGrid, newGrid);
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
				msgs = ((InternalEObject)grid).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ModelPackage.IMAGE_VOLUME__GRID, null, msgs);
			if (newGrid != null)
				msgs = ((InternalEObject)newGrid).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ModelPackage.IMAGE_VOLUME__GRID, null, msgs);
			msgs = basicSetGrid(newGrid, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_VOLUME__GRID, newGrid, newGrid));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BulkArray getHuValues() {
		return huValues;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHuValues(BulkArray newHuValues) {
		BulkArray oldHuValues = huValues;
		huValues = newHuValues;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.IMAGE_VOLUME__HU_VALUES, oldHuValues, huValues));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.IMAGE_VOLUME__GRID:
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
			case ModelPackage.IMAGE_VOLUME__MODALITY:
				return getModality();
			case ModelPackage.IMAGE_VOLUME__GRID:
				return getGrid();
			case ModelPackage.IMAGE_VOLUME__HU_VALUES:
				return getHuValues();
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
			case ModelPackage.IMAGE_VOLUME__MODALITY:
				setModality((String)newValue);
				return;
			case ModelPackage.IMAGE_VOLUME__GRID:
				setGrid((VoxelGrid)newValue);
				return;
			case ModelPackage.IMAGE_VOLUME__HU_VALUES:
				setHuValues((BulkArray)newValue);
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
			case ModelPackage.IMAGE_VOLUME__MODALITY:
				setModality(MODALITY_EDEFAULT);
				return;
			case ModelPackage.IMAGE_VOLUME__GRID:
				setGrid((VoxelGrid)null);
				return;
			case ModelPackage.IMAGE_VOLUME__HU_VALUES:
				setHuValues(HU_VALUES_EDEFAULT);
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
			case ModelPackage.IMAGE_VOLUME__MODALITY:
				return MODALITY_EDEFAULT == null ? modality != null : !MODALITY_EDEFAULT.equals(modality);
			case ModelPackage.IMAGE_VOLUME__GRID:
				return grid != null;
			case ModelPackage.IMAGE_VOLUME__HU_VALUES:
				return HU_VALUES_EDEFAULT == null ? huValues != null : !HU_VALUES_EDEFAULT.equals(huValues);
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
		result.append(" (modality: ");
		result.append(modality);
		result.append(", huValues: ");
		result.append(huValues);
		result.append(')');
		return result.toString();
	}

} //ImageVolumeImpl
