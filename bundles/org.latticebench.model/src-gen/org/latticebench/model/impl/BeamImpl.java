/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.core.Vec3;

import org.latticebench.model.Beam;
import org.latticebench.model.ModelPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Beam</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getGantryDeg <em>Gantry Deg</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getCollimatorDeg <em>Collimator Deg</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getCouchDeg <em>Couch Deg</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getIsocentreMm <em>Isocentre Mm</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getEnergyMV <em>Energy MV</em>}</li>
 *   <li>{@link org.latticebench.model.impl.BeamImpl#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @generated
 */
public class BeamImpl extends MinimalEObjectImpl.Container implements Beam {
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
	 * The default value of the '{@link #getGantryDeg() <em>Gantry Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGantryDeg()
	 * @generated
	 * @ordered
	 */
	protected static final double GANTRY_DEG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getGantryDeg() <em>Gantry Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGantryDeg()
	 * @generated
	 * @ordered
	 */
	protected double gantryDeg = GANTRY_DEG_EDEFAULT;

	/**
	 * The default value of the '{@link #getCollimatorDeg() <em>Collimator Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollimatorDeg()
	 * @generated
	 * @ordered
	 */
	protected static final double COLLIMATOR_DEG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCollimatorDeg() <em>Collimator Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCollimatorDeg()
	 * @generated
	 * @ordered
	 */
	protected double collimatorDeg = COLLIMATOR_DEG_EDEFAULT;

	/**
	 * The default value of the '{@link #getCouchDeg() <em>Couch Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouchDeg()
	 * @generated
	 * @ordered
	 */
	protected static final double COUCH_DEG_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getCouchDeg() <em>Couch Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCouchDeg()
	 * @generated
	 * @ordered
	 */
	protected double couchDeg = COUCH_DEG_EDEFAULT;

	/**
	 * The default value of the '{@link #getIsocentreMm() <em>Isocentre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsocentreMm()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 ISOCENTRE_MM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getIsocentreMm() <em>Isocentre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIsocentreMm()
	 * @generated
	 * @ordered
	 */
	protected Vec3 isocentreMm = ISOCENTRE_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnergyMV() <em>Energy MV</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyMV()
	 * @generated
	 * @ordered
	 */
	protected static final double ENERGY_MV_EDEFAULT = 6.0;

	/**
	 * The cached value of the '{@link #getEnergyMV() <em>Energy MV</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnergyMV()
	 * @generated
	 * @ordered
	 */
	protected double energyMV = ENERGY_MV_EDEFAULT;

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
	protected BeamImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.BEAM;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getGantryDeg() {
		return gantryDeg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGantryDeg(double newGantryDeg) {
		double oldGantryDeg = gantryDeg;
		gantryDeg = newGantryDeg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__GANTRY_DEG, oldGantryDeg, gantryDeg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCollimatorDeg() {
		return collimatorDeg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCollimatorDeg(double newCollimatorDeg) {
		double oldCollimatorDeg = collimatorDeg;
		collimatorDeg = newCollimatorDeg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__COLLIMATOR_DEG, oldCollimatorDeg, collimatorDeg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getCouchDeg() {
		return couchDeg;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCouchDeg(double newCouchDeg) {
		double oldCouchDeg = couchDeg;
		couchDeg = newCouchDeg;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__COUCH_DEG, oldCouchDeg, couchDeg));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getIsocentreMm() {
		return isocentreMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setIsocentreMm(Vec3 newIsocentreMm) {
		Vec3 oldIsocentreMm = isocentreMm;
		isocentreMm = newIsocentreMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__ISOCENTRE_MM, oldIsocentreMm, isocentreMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getEnergyMV() {
		return energyMV;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnergyMV(double newEnergyMV) {
		double oldEnergyMV = energyMV;
		energyMV = newEnergyMV;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__ENERGY_MV, oldEnergyMV, energyMV));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.BEAM__WEIGHT, oldWeight, weight));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.BEAM__NAME:
				return getName();
			case ModelPackage.BEAM__GANTRY_DEG:
				return getGantryDeg();
			case ModelPackage.BEAM__COLLIMATOR_DEG:
				return getCollimatorDeg();
			case ModelPackage.BEAM__COUCH_DEG:
				return getCouchDeg();
			case ModelPackage.BEAM__ISOCENTRE_MM:
				return getIsocentreMm();
			case ModelPackage.BEAM__ENERGY_MV:
				return getEnergyMV();
			case ModelPackage.BEAM__WEIGHT:
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
			case ModelPackage.BEAM__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.BEAM__GANTRY_DEG:
				setGantryDeg((Double)newValue);
				return;
			case ModelPackage.BEAM__COLLIMATOR_DEG:
				setCollimatorDeg((Double)newValue);
				return;
			case ModelPackage.BEAM__COUCH_DEG:
				setCouchDeg((Double)newValue);
				return;
			case ModelPackage.BEAM__ISOCENTRE_MM:
				setIsocentreMm((Vec3)newValue);
				return;
			case ModelPackage.BEAM__ENERGY_MV:
				setEnergyMV((Double)newValue);
				return;
			case ModelPackage.BEAM__WEIGHT:
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
			case ModelPackage.BEAM__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.BEAM__GANTRY_DEG:
				setGantryDeg(GANTRY_DEG_EDEFAULT);
				return;
			case ModelPackage.BEAM__COLLIMATOR_DEG:
				setCollimatorDeg(COLLIMATOR_DEG_EDEFAULT);
				return;
			case ModelPackage.BEAM__COUCH_DEG:
				setCouchDeg(COUCH_DEG_EDEFAULT);
				return;
			case ModelPackage.BEAM__ISOCENTRE_MM:
				setIsocentreMm(ISOCENTRE_MM_EDEFAULT);
				return;
			case ModelPackage.BEAM__ENERGY_MV:
				setEnergyMV(ENERGY_MV_EDEFAULT);
				return;
			case ModelPackage.BEAM__WEIGHT:
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
			case ModelPackage.BEAM__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.BEAM__GANTRY_DEG:
				return gantryDeg != GANTRY_DEG_EDEFAULT;
			case ModelPackage.BEAM__COLLIMATOR_DEG:
				return collimatorDeg != COLLIMATOR_DEG_EDEFAULT;
			case ModelPackage.BEAM__COUCH_DEG:
				return couchDeg != COUCH_DEG_EDEFAULT;
			case ModelPackage.BEAM__ISOCENTRE_MM:
				return ISOCENTRE_MM_EDEFAULT == null ? isocentreMm != null : !ISOCENTRE_MM_EDEFAULT.equals(isocentreMm);
			case ModelPackage.BEAM__ENERGY_MV:
				return energyMV != ENERGY_MV_EDEFAULT;
			case ModelPackage.BEAM__WEIGHT:
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
		result.append(" (name: ");
		result.append(name);
		result.append(", gantryDeg: ");
		result.append(gantryDeg);
		result.append(", collimatorDeg: ");
		result.append(collimatorDeg);
		result.append(", couchDeg: ");
		result.append(couchDeg);
		result.append(", isocentreMm: ");
		result.append(isocentreMm);
		result.append(", energyMV: ");
		result.append(energyMV);
		result.append(", weight: ");
		result.append(weight);
		result.append(')');
		return result.toString();
	}

} //BeamImpl
