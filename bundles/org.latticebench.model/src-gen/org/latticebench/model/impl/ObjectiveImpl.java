/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Objective;
import org.latticebench.model.ObjectiveType;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Objective</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.ObjectiveImpl#getType <em>Type</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ObjectiveImpl#getStructureName <em>Structure Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ObjectiveImpl#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ObjectiveImpl#getVolumePercent <em>Volume Percent</em>}</li>
 *   <li>{@link org.latticebench.model.impl.ObjectiveImpl#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ObjectiveImpl extends MinimalEObjectImpl.Container implements Objective {
	/**
	 * The default value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected static final ObjectiveType TYPE_EDEFAULT = ObjectiveType.MIN_DOSE;

	/**
	 * The cached value of the '{@link #getType() <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getType()
	 * @generated
	 * @ordered
	 */
	protected ObjectiveType type = TYPE_EDEFAULT;

	/**
	 * The default value of the '{@link #getStructureName() <em>Structure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructureName()
	 * @generated
	 * @ordered
	 */
	protected static final String STRUCTURE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStructureName() <em>Structure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStructureName()
	 * @generated
	 * @ordered
	 */
	protected String structureName = STRUCTURE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDoseGy() <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseGy()
	 * @generated
	 * @ordered
	 */
	protected static final double DOSE_GY_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDoseGy() <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseGy()
	 * @generated
	 * @ordered
	 */
	protected double doseGy = DOSE_GY_EDEFAULT;

	/**
	 * The default value of the '{@link #getVolumePercent() <em>Volume Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePercent()
	 * @generated
	 * @ordered
	 */
	protected static final double VOLUME_PERCENT_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getVolumePercent() <em>Volume Percent</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getVolumePercent()
	 * @generated
	 * @ordered
	 */
	protected double volumePercent = VOLUME_PERCENT_EDEFAULT;

	/**
	 * The default value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected static final double WEIGHT_EDEFAULT = 1.0;

	/**
	 * The cached value of the '{@link #getWeight() <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeight()
	 * @generated
	 * @ordered
	 */
	protected double weight = WEIGHT_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ObjectiveImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.OBJECTIVE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ObjectiveType getType() {
		return type;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setType(ObjectiveType newType) {
		ObjectiveType oldType = type;
		type = newType == null ? TYPE_EDEFAULT : newType;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBJECTIVE__TYPE, oldType, type));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getStructureName() {
		return structureName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStructureName(String newStructureName) {
		String oldStructureName = structureName;
		structureName = newStructureName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBJECTIVE__STRUCTURE_NAME, oldStructureName, structureName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDoseGy() {
		return doseGy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseGy(double newDoseGy) {
		double oldDoseGy = doseGy;
		doseGy = newDoseGy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBJECTIVE__DOSE_GY, oldDoseGy, doseGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getVolumePercent() {
		return volumePercent;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setVolumePercent(double newVolumePercent) {
		double oldVolumePercent = volumePercent;
		volumePercent = newVolumePercent;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBJECTIVE__VOLUME_PERCENT, oldVolumePercent, volumePercent));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getWeight() {
		return weight;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setWeight(double newWeight) {
		double oldWeight = weight;
		weight = newWeight;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.OBJECTIVE__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.OBJECTIVE__TYPE:
				return getType();
			case ModelPackage.OBJECTIVE__STRUCTURE_NAME:
				return getStructureName();
			case ModelPackage.OBJECTIVE__DOSE_GY:
				return getDoseGy();
			case ModelPackage.OBJECTIVE__VOLUME_PERCENT:
				return getVolumePercent();
			case ModelPackage.OBJECTIVE__WEIGHT:
				return getWeight();
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
			case ModelPackage.OBJECTIVE__TYPE:
				setType((ObjectiveType)newValue);
				return;
			case ModelPackage.OBJECTIVE__STRUCTURE_NAME:
				setStructureName((String)newValue);
				return;
			case ModelPackage.OBJECTIVE__DOSE_GY:
				setDoseGy((Double)newValue);
				return;
			case ModelPackage.OBJECTIVE__VOLUME_PERCENT:
				setVolumePercent((Double)newValue);
				return;
			case ModelPackage.OBJECTIVE__WEIGHT:
				setWeight((Double)newValue);
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
			case ModelPackage.OBJECTIVE__TYPE:
				setType(TYPE_EDEFAULT);
				return;
			case ModelPackage.OBJECTIVE__STRUCTURE_NAME:
				setStructureName(STRUCTURE_NAME_EDEFAULT);
				return;
			case ModelPackage.OBJECTIVE__DOSE_GY:
				setDoseGy(DOSE_GY_EDEFAULT);
				return;
			case ModelPackage.OBJECTIVE__VOLUME_PERCENT:
				setVolumePercent(VOLUME_PERCENT_EDEFAULT);
				return;
			case ModelPackage.OBJECTIVE__WEIGHT:
				setWeight(WEIGHT_EDEFAULT);
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
			case ModelPackage.OBJECTIVE__TYPE:
				return type != TYPE_EDEFAULT;
			case ModelPackage.OBJECTIVE__STRUCTURE_NAME:
				return STRUCTURE_NAME_EDEFAULT == null ? structureName != null : !STRUCTURE_NAME_EDEFAULT.equals(structureName);
			case ModelPackage.OBJECTIVE__DOSE_GY:
				return doseGy != DOSE_GY_EDEFAULT;
			case ModelPackage.OBJECTIVE__VOLUME_PERCENT:
				return volumePercent != VOLUME_PERCENT_EDEFAULT;
			case ModelPackage.OBJECTIVE__WEIGHT:
				return weight != WEIGHT_EDEFAULT;
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
		result.append(" (type: ");
		result.append(type);
		result.append(", structureName: ");
		result.append(structureName);
		result.append(", doseGy: ");
		result.append(doseGy);
		result.append(", volumePercent: ");
		result.append(volumePercent);
		result.append(", weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //ObjectiveImpl
