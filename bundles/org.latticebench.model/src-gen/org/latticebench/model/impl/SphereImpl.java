/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.core.Vec3;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Sphere;
import org.latticebench.model.SphereStatus;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sphere</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.SphereImpl#getCentreMm <em>Centre Mm</em>}</li>
 *   <li>{@link org.latticebench.model.impl.SphereImpl#getDiameterMm <em>Diameter Mm</em>}</li>
 *   <li>{@link org.latticebench.model.impl.SphereImpl#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @generated
 */
public class SphereImpl extends MinimalEObjectImpl.Container implements Sphere {
	/**
	 * The default value of the '{@link #getCentreMm() <em>Centre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentreMm()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 CENTRE_MM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getCentreMm() <em>Centre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCentreMm()
	 * @generated
	 * @ordered
	 */
	protected Vec3 centreMm = CENTRE_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getDiameterMm() <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiameterMm()
	 * @generated
	 * @ordered
	 */
	protected static final double DIAMETER_MM_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getDiameterMm() <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDiameterMm()
	 * @generated
	 * @ordered
	 */
	protected double diameterMm = DIAMETER_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final SphereStatus STATUS_EDEFAULT = SphereStatus.WHOLE;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected SphereStatus status = STATUS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SphereImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.SPHERE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getCentreMm() {
		return centreMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCentreMm(Vec3 newCentreMm) {
		Vec3 oldCentreMm = centreMm;
		centreMm = newCentreMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPHERE__CENTRE_MM, oldCentreMm, centreMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getDiameterMm() {
		return diameterMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDiameterMm(double newDiameterMm) {
		double oldDiameterMm = diameterMm;
		diameterMm = newDiameterMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPHERE__DIAMETER_MM, oldDiameterMm, diameterMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SphereStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(SphereStatus newStatus) {
		SphereStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.SPHERE__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.SPHERE__CENTRE_MM:
				return getCentreMm();
			case ModelPackage.SPHERE__DIAMETER_MM:
				return getDiameterMm();
			case ModelPackage.SPHERE__STATUS:
				return getStatus();
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
			case ModelPackage.SPHERE__CENTRE_MM:
				setCentreMm((Vec3)newValue);
				return;
			case ModelPackage.SPHERE__DIAMETER_MM:
				setDiameterMm((Double)newValue);
				return;
			case ModelPackage.SPHERE__STATUS:
				setStatus((SphereStatus)newValue);
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
			case ModelPackage.SPHERE__CENTRE_MM:
				setCentreMm(CENTRE_MM_EDEFAULT);
				return;
			case ModelPackage.SPHERE__DIAMETER_MM:
				setDiameterMm(DIAMETER_MM_EDEFAULT);
				return;
			case ModelPackage.SPHERE__STATUS:
				setStatus(STATUS_EDEFAULT);
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
			case ModelPackage.SPHERE__CENTRE_MM:
				return CENTRE_MM_EDEFAULT == null ? centreMm != null : !CENTRE_MM_EDEFAULT.equals(centreMm);
			case ModelPackage.SPHERE__DIAMETER_MM:
				return diameterMm != DIAMETER_MM_EDEFAULT;
			case ModelPackage.SPHERE__STATUS:
				return status != STATUS_EDEFAULT;
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
		result.append(" (centreMm: ");
		result.append(centreMm);
		result.append(", diameterMm: ");
		result.append(diameterMm);
		result.append(", status: ");
		result.append(status);
		result.append(')');
		return result.toString();
	}

} //SphereImpl
