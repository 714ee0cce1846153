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

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.Prescription;
import org.latticebench.model.Regimen;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Regimen</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.RegimenImpl#getId <em>Id</em>}</li>
 *   <li>{@link org.latticebench.model.impl.RegimenImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.RegimenImpl#getSource <em>Source</em>}</li>
 *   <li>{@link org.latticebench.model.impl.RegimenImpl#getFractions <em>Fractions</em>}</li>
 *   <li>{@link org.latticebench.model.impl.RegimenImpl#getPrescriptions <em>Prescriptions</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RegimenImpl extends MinimalEObjectImpl.Container implements Regimen {
	/**
	 * The default value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected static final String ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getId() <em>Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getId()
	 * @generated
	 * @ordered
	 */
	protected String id = ID_EDEFAULT;

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
	 * The cached value of the '{@link #getPrescriptions() <em>Prescriptions</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrescriptions()
	 * @generated
	 * @ordered
	 */
	protected EList<Prescription> prescriptions;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RegimenImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.REGIMEN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getId() {
		return id;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setId(String newId) {
		String oldId = id;
		id = newId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGIMEN__ID, oldId, id));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGIMEN__NAME, oldName, name));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGIMEN__SOURCE, oldSource, source));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.REGIMEN__FRACTIONS, oldFractions, fractions));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Prescription> getPrescriptions() {
		if (prescriptions == null) {
			prescriptions = new EObjectContainmentEList<Prescription>(Prescription.class, this, ModelPackage.REGIMEN__PRESCRIPTIONS);
		}
		return prescriptions;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasAtLeastOneFraction(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.latticebench.model.internal.ModelConstraints.regimenHasAtLeastOneFraction(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.REGIMEN__PRESCRIPTIONS:
				return ((InternalEList<?>)getPrescriptions()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.REGIMEN__ID:
				return getId();
			case ModelPackage.REGIMEN__NAME:
				return getName();
			case ModelPackage.REGIMEN__SOURCE:
				return getSource();
			case ModelPackage.REGIMEN__FRACTIONS:
				return getFractions();
			case ModelPackage.REGIMEN__PRESCRIPTIONS:
				return getPrescriptions();
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
			case ModelPackage.REGIMEN__ID:
				setId((String)newValue);
				return;
			case ModelPackage.REGIMEN__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.REGIMEN__SOURCE:
				setSource((String)newValue);
				return;
			case ModelPackage.REGIMEN__FRACTIONS:
				setFractions((Integer)newValue);
				return;
			case ModelPackage.REGIMEN__PRESCRIPTIONS:
				getPrescriptions().clear();
				getPrescriptions().addAll((Collection<? extends Prescription>)newValue);
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
			case ModelPackage.REGIMEN__ID:
				setId(ID_EDEFAULT);
				return;
			case ModelPackage.REGIMEN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.REGIMEN__SOURCE:
				setSource(SOURCE_EDEFAULT);
				return;
			case ModelPackage.REGIMEN__FRACTIONS:
				setFractions(FRACTIONS_EDEFAULT);
				return;
			case ModelPackage.REGIMEN__PRESCRIPTIONS:
				getPrescriptions().clear();
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
			case ModelPackage.REGIMEN__ID:
				return ID_EDEFAULT == null ? id != null : !ID_EDEFAULT.equals(id);
			case ModelPackage.REGIMEN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.REGIMEN__SOURCE:
				return SOURCE_EDEFAULT == null ? source != null : !SOURCE_EDEFAULT.equals(source);
			case ModelPackage.REGIMEN__FRACTIONS:
				return fractions != FRACTIONS_EDEFAULT;
			case ModelPackage.REGIMEN__PRESCRIPTIONS:
				return prescriptions != null && !prescriptions.isEmpty();
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
			case ModelPackage.REGIMEN___HAS_AT_LEAST_ONE_FRACTION__DIAGNOSTICCHAIN_MAP:
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
		result.append(" (id: ");
		result.append(id);
		result.append(", name: ");
		result.append(name);
		result.append(", source: ");
		result.append(source);
		result.append(", fractions: ");
		result.append(fractions);
		result.append(')');
		return result.toString();
	}

} //RegimenImpl
