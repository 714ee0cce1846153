/**
 */
package org.latticebench.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Prescription;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Prescription</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.PrescriptionImpl#getTargetName <em>Target Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PrescriptionImpl#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PrescriptionImpl#getFractions <em>Fractions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PrescriptionImpl extends MinimalEObjectImpl.Container implements Prescription {
	/**
	 * The default value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected static final String TARGET_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTargetName() <em>Target Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargetName()
	 * @generated
	 * @ordered
	 */
	protected String targetName = TARGET_NAME_EDEFAULT;

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
	 * The default value of the '{@link #getFractions() <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractions()
	 * @generated
	 * @ordered
	 */
	protected static final int FRACTIONS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getFractions() <em>Fractions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFractions()
	 * @generated
	 * @ordered
	 */
	protected int fractions = FRACTIONS_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PrescriptionImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PRESCRIPTION;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTargetName() {
		return targetName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTargetName(String newTargetName) {
		String oldTargetName = targetName;
		targetName = newTargetName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PRESCRIPTION__TARGET_NAME, oldTargetName, targetName));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PRESCRIPTION__DOSE_GY, oldDoseGy, doseGy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getFractions() {
		return fractions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFractions(int newFractions) {
		int oldFractions = fractions;
		fractions = newFractions;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PRESCRIPTION__FRACTIONS, oldFractions, fractions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasPositiveDose(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.latticebench.model.internal.ModelConstraints.prescriptionHasPositiveDose(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasAtLeastOneFraction(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.latticebench.model.internal.ModelConstraints.prescriptionHasAtLeastOneFraction(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.PRESCRIPTION__TARGET_NAME:
				return getTargetName();
			case ModelPackage.PRESCRIPTION__DOSE_GY:
				return getDoseGy();
			case ModelPackage.PRESCRIPTION__FRACTIONS:
				return getFractions();
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
			case ModelPackage.PRESCRIPTION__TARGET_NAME:
				setTargetName((String)newValue);
				return;
			case ModelPackage.PRESCRIPTION__DOSE_GY:
				setDoseGy((Double)newValue);
				return;
			case ModelPackage.PRESCRIPTION__FRACTIONS:
				setFractions((Integer)newValue);
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
			case ModelPackage.PRESCRIPTION__TARGET_NAME:
				setTargetName(TARGET_NAME_EDEFAULT);
				return;
			case ModelPackage.PRESCRIPTION__DOSE_GY:
				setDoseGy(DOSE_GY_EDEFAULT);
				return;
			case ModelPackage.PRESCRIPTION__FRACTIONS:
				setFractions(FRACTIONS_EDEFAULT);
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
			case ModelPackage.PRESCRIPTION__TARGET_NAME:
				return TARGET_NAME_EDEFAULT == null ? targetName != null : !TARGET_NAME_EDEFAULT.equals(targetName);
			case ModelPackage.PRESCRIPTION__DOSE_GY:
				return doseGy != DOSE_GY_EDEFAULT;
			case ModelPackage.PRESCRIPTION__FRACTIONS:
				return fractions != FRACTIONS_EDEFAULT;
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
			case ModelPackage.PRESCRIPTION___HAS_POSITIVE_DOSE__DIAGNOSTICCHAIN_MAP:
				return hasPositiveDose((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
			case ModelPackage.PRESCRIPTION___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP:
				return hasAtLeastOneFraction((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(" (targetName: ");
		result.append(targetName);
		result.append(", doseGy: ");
		result.append(doseGy);
		result.append(", fractions: ");
		result.append(fractions);
		result.append(')');
		return result.toString();
	}

} //PrescriptionImpl
