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

import org.latticebench.model.Beam;
import org.latticebench.model.DoseDistribution;
import org.latticebench.model.ModelPackage;
import org.latticebench.model.Objective;
import org.latticebench.model.Plan;
import org.latticebench.model.Regimen;
import org.latticebench.model.Setting;
import org.latticebench.model.Target;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getRegimen <em>Regimen</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getBeams <em>Beams</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getGeneratorId <em>Generator Id</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getGeneratorSettings <em>Generator Settings</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getDoseEngineId <em>Dose Engine Id</em>}</li>
 *   <li>{@link org.latticebench.model.impl.PlanImpl#getDoses <em>Doses</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends MinimalEObjectImpl.Container implements Plan {
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
	 * The cached value of the '{@link #getRegimen() <em>Regimen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRegimen()
	 * @generated
	 * @ordered
	 */
	protected Regimen regimen;

	/**
	 * The cached value of the '{@link #getTargets() <em>Targets</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTargets()
	 * @generated
	 * @ordered
	 */
	protected EList<Target> targets;

	/**
	 * The cached value of the '{@link #getBeams() <em>Beams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Beam> beams;

	/**
	 * The cached value of the '{@link #getObjectives() <em>Objectives</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectives()
	 * @generated
	 * @ordered
	 */
	protected EList<Objective> objectives;

	/**
	 * The default value of the '{@link #getGeneratorId() <em>Generator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorId()
	 * @generated
	 * @ordered
	 */
	protected static final String GENERATOR_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGeneratorId() <em>Generator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorId()
	 * @generated
	 * @ordered
	 */
	protected String generatorId = GENERATOR_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getGeneratorSettings() <em>Generator Settings</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGeneratorSettings()
	 * @generated
	 * @ordered
	 */
	protected EList<Setting> generatorSettings;

	/**
	 * The default value of the '{@link #getDoseEngineId() <em>Dose Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseEngineId()
	 * @generated
	 * @ordered
	 */
	protected static final String DOSE_ENGINE_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDoseEngineId() <em>Dose Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoseEngineId()
	 * @generated
	 * @ordered
	 */
	protected String doseEngineId = DOSE_ENGINE_ID_EDEFAULT;

	/**
	 * The cached value of the '{@link #getDoses() <em>Doses</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDoses()
	 * @generated
	 * @ordered
	 */
	protected EList<DoseDistribution> doses;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.PLAN;
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
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Regimen getRegimen() {
		if (regimen != null && regimen.eIsProxy()) {
			InternalEObject oldRegimen = (InternalEObject)regimen;
			regimen = (Regimen)eResolveProxy(oldRegimen);
			if (regimen != oldRegimen) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ModelPackage.PLAN__REGIMEN, oldRegimen, regimen));
			}
		}
		return regimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Regimen basicGetRegimen() {
		return regimen;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRegimen(Regimen newRegimen) {
		Regimen oldRegimen = regimen;
		regimen = newRegimen;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__REGIMEN, oldRegimen, regimen));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Target> getTargets() {
		if (targets == null) {
			targets = new EObjectContainmentEList<Target>(Target.class, this, ModelPackage.PLAN__TARGETS);
		}
		return targets;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Beam> getBeams() {
		if (beams == null) {
			beams = new EObjectContainmentEList<Beam>(Beam.class, this, ModelPackage.PLAN__BEAMS);
		}
		return beams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Objective> getObjectives() {
		if (objectives == null) {
			objectives = new EObjectContainmentEList<Objective>(Objective.class, this, ModelPackage.PLAN__OBJECTIVES);
		}
		return objectives;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGeneratorId() {
		return generatorId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGeneratorId(String newGeneratorId) {
		String oldGeneratorId = generatorId;
		generatorId = newGeneratorId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__GENERATOR_ID, oldGeneratorId, generatorId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Setting> getGeneratorSettings() {
		if (generatorSettings == null) {
			generatorSettings = new EObjectContainmentEList<Setting>(Setting.class, this, ModelPackage.PLAN__GENERATOR_SETTINGS);
		}
		return generatorSettings;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDoseEngineId() {
		return doseEngineId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDoseEngineId(String newDoseEngineId) {
		String oldDoseEngineId = doseEngineId;
		doseEngineId = newDoseEngineId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.PLAN__DOSE_ENGINE_ID, oldDoseEngineId, doseEngineId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DoseDistribution> getDoses() {
		if (doses == null) {
			doses = new EObjectContainmentEList<DoseDistribution>(DoseDistribution.class, this, ModelPackage.PLAN__DOSES);
		}
		return doses;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean hasDoseInsideImage(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return org.latticebench.model.internal.ModelConstraints.planHasDoseInsideImage(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ModelPackage.PLAN__TARGETS:
				return ((InternalEList<?>)getTargets()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__BEAMS:
				return ((InternalEList<?>)getBeams()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__OBJECTIVES:
				return ((InternalEList<?>)getObjectives()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__GENERATOR_SETTINGS:
				return ((InternalEList<?>)getGeneratorSettings()).basicRemove(otherEnd, msgs);
			case ModelPackage.PLAN__DOSES:
				return ((InternalEList<?>)getDoses()).basicRemove(otherEnd, msgs);
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
			case ModelPackage.PLAN__NAME:
				return getName();
			case ModelPackage.PLAN__REGIMEN:
				if (resolve) return getRegimen();
				return basicGetRegimen();
			case ModelPackage.PLAN__TARGETS:
				return getTargets();
			case ModelPackage.PLAN__BEAMS:
				return getBeams();
			case ModelPackage.PLAN__OBJECTIVES:
				return getObjectives();
			case ModelPackage.PLAN__GENERATOR_ID:
				return getGeneratorId();
			case ModelPackage.PLAN__GENERATOR_SETTINGS:
				return getGeneratorSettings();
			case ModelPackage.PLAN__DOSE_ENGINE_ID:
				return getDoseEngineId();
			case ModelPackage.PLAN__DOSES:
				return getDoses();
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
			case ModelPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case ModelPackage.PLAN__REGIMEN:
				setRegimen((Regimen)newValue);
				return;
			case ModelPackage.PLAN__TARGETS:
				getTargets().clear();
				getTargets().addAll((Collection<? extends Target>)newValue);
				return;
			case ModelPackage.PLAN__BEAMS:
				getBeams().clear();
				getBeams().addAll((Collection<? extends Beam>)newValue);
				return;
			case ModelPackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				getObjectives().addAll((Collection<? extends Objective>)newValue);
				return;
			case ModelPackage.PLAN__GENERATOR_ID:
				setGeneratorId((String)newValue);
				return;
			case ModelPackage.PLAN__GENERATOR_SETTINGS:
				getGeneratorSettings().clear();
				getGeneratorSettings().addAll((Collection<? extends Setting>)newValue);
				return;
			case ModelPackage.PLAN__DOSE_ENGINE_ID:
				setDoseEngineId((String)newValue);
				return;
			case ModelPackage.PLAN__DOSES:
				getDoses().clear();
				getDoses().addAll((Collection<? extends DoseDistribution>)newValue);
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
			case ModelPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ModelPackage.PLAN__REGIMEN:
				setRegimen((Regimen)null);
				return;
			case ModelPackage.PLAN__TARGETS:
				getTargets().clear();
				return;
			case ModelPackage.PLAN__BEAMS:
				getBeams().clear();
				return;
			case ModelPackage.PLAN__OBJECTIVES:
				getObjectives().clear();
				return;
			case ModelPackage.PLAN__GENERATOR_ID:
				setGeneratorId(GENERATOR_ID_EDEFAULT);
				return;
			case ModelPackage.PLAN__GENERATOR_SETTINGS:
				getGeneratorSettings().clear();
				return;
			case ModelPackage.PLAN__DOSE_ENGINE_ID:
				setDoseEngineId(DOSE_ENGINE_ID_EDEFAULT);
				return;
			case ModelPackage.PLAN__DOSES:
				getDoses().clear();
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
			case ModelPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ModelPackage.PLAN__REGIMEN:
				return regimen != null;
			case ModelPackage.PLAN__TARGETS:
				return targets != null && !targets.isEmpty();
			case ModelPackage.PLAN__BEAMS:
				return beams != null && !beams.isEmpty();
			case ModelPackage.PLAN__OBJECTIVES:
				return objectives != null && !objectives.isEmpty();
			case ModelPackage.PLAN__GENERATOR_ID:
				return GENERATOR_ID_EDEFAULT == null ? generatorId != null : !GENERATOR_ID_EDEFAULT.equals(generatorId);
			case ModelPackage.PLAN__GENERATOR_SETTINGS:
				return generatorSettings != null && !generatorSettings.isEmpty();
			case ModelPackage.PLAN__DOSE_ENGINE_ID:
				return DOSE_ENGINE_ID_EDEFAULT == null ? doseEngineId != null : !DOSE_ENGINE_ID_EDEFAULT.equals(doseEngineId);
			case ModelPackage.PLAN__DOSES:
				return doses != null && !doses.isEmpty();
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
			case ModelPackage.PLAN___HAS_DOSE_INSIDE_IMAGE__DIAGNOSTICCHAIN_MAP:
				return hasDoseInsideImage((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
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
		result.append(", generatorId: ");
		result.append(generatorId);
		result.append(", doseEngineId: ");
		result.append(doseEngineId);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
