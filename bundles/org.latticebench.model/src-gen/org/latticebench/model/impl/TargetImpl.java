/**
 */
package org.latticebench.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Sphere;
import org.latticebench.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.TargetImpl#getStructureName <em>Structure Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.TargetImpl#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.impl.TargetImpl#getSpheres <em>Spheres</em>}</li>
 * </ul>
 *
 * @generated
 */
public class TargetImpl extends MinimalEObjectImpl.Container implements Target {
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
	 * The cached value of the '{@link #getSpheres() <em>Spheres</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpheres()
	 * @generated
	 * @ordered
	 */
	protected EList<Sphere> spheres;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TargetImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.TARGET;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TARGET__STRUCTURE_NAME, oldStructureName, structureName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.TARGET__DOSE_GY, oldDoseGy, doseGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Sphere> getSpheres() {
		if (spheres == null) {
			spheres = new EObjectContainmentEList<Sphere>(Sphere.class, this, ModelPackage.TARGET__SPHERES);
		}
		return spheres;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.TARGET__SPHERES:
				return ((InternalEList<?>)getSpheres()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.TARGET__STRUCTURE_NAME:
				return getStructureName();
			case ModelPackage.TARGET__DOSE_GY:
				return getDoseGy();
			case ModelPackage.TARGET__SPHERES:
				return getSpheres();
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
			case ModelPackage.TARGET__STRUCTURE_NAME:
				setStructureName((String)newValue);
				return;
			case ModelPackage.TARGET__DOSE_GY:
				setDoseGy((Double)newValue);
				return;
			case ModelPackage.TARGET__SPHERES:
				getSpheres().clear();
				getSpheres().addAll((Collection<? extends Sphere>)newValue);
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
			case ModelPackage.TARGET__STRUCTURE_NAME:
				setStructureName(STRUCTURE_NAME_EDEFAULT);
				return;
			case ModelPackage.TARGET__DOSE_GY:
				setDoseGy(DOSE_GY_EDEFAULT);
				return;
			case ModelPackage.TARGET__SPHERES:
				getSpheres().clear();
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
			case ModelPackage.TARGET__STRUCTURE_NAME:
				return STRUCTURE_NAME_EDEFAULT == null ? structureName != null : !STRUCTURE_NAME_EDEFAULT.equals(structureName);
			case ModelPackage.TARGET__DOSE_GY:
				return doseGy != DOSE_GY_EDEFAULT;
			case ModelPackage.TARGET__SPHERES:
				return spheres != null && !spheres.isEmpty();
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
		result.append(" (structureName: ");
		result.append(structureName);
		result.append(", doseGy: ");
		result.append(doseGy);
		result.append(')');
		return result.toString();
	}

} //TargetImpl
