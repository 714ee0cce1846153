/**
 */
package org.latticebench.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Plan#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getRegimen <em>Regimen</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getTargets <em>Targets</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getBeams <em>Beams</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getObjectives <em>Objectives</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getGeneratorId <em>Generator Id</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getGeneratorSettings <em>Generator Settings</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getDoseEngineId <em>Dose Engine Id</em>}</li>
 *   <li>{@link org.latticebench.model.Plan#getDoses <em>Doses</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getPlan_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Plan#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Regimen</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Regimen</em>' reference.
	 * @see #setRegimen(Regimen)
	 * @see org.latticebench.model.ModelPackage#getPlan_Regimen()
	 * @model
	 * @generated
	 */
	Regimen getRegimen();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Plan#getRegimen <em>Regimen</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Regimen</em>' reference.
	 * @see #getRegimen()
	 * @generated
	 */
	void setRegimen(Regimen value);

	/**
	 * Returns the value of the '<em><b>Targets</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Target}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Targets</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getPlan_Targets()
	 * @model containment="true"
	 * @generated
	 */
	EList<Target> getTargets();

	/**
	 * Returns the value of the '<em><b>Beams</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Beam}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Beams</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getPlan_Beams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Beam> getBeams();

	/**
	 * Returns the value of the '<em><b>Objectives</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Objective}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Objectives</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getPlan_Objectives()
	 * @model containment="true"
	 * @generated
	 */
	EList<Objective> getObjectives();

	/**
	 * Returns the value of the '<em><b>Generator Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Id of the PlanGenerator that made the plan.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generator Id</em>' attribute.
	 * @see #setGeneratorId(String)
	 * @see org.latticebench.model.ModelPackage#getPlan_GeneratorId()
	 * @model
	 * @generated
	 */
	String getGeneratorId();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Plan#getGeneratorId <em>Generator Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator Id</em>' attribute.
	 * @see #getGeneratorId()
	 * @generated
	 */
	void setGeneratorId(String value);

	/**
	 * Returns the value of the '<em><b>Generator Settings</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Setting}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The generator's settings record as key/value strings, so that the plan can be made again exactly.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generator Settings</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getPlan_GeneratorSettings()
	 * @model containment="true"
	 * @generated
	 */
	EList<Setting> getGeneratorSettings();

	/**
	 * Returns the value of the '<em><b>Dose Engine Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Dose Engine Id</em>' attribute.
	 * @see #setDoseEngineId(String)
	 * @see org.latticebench.model.ModelPackage#getPlan_DoseEngineId()
	 * @model
	 * @generated
	 */
	String getDoseEngineId();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Plan#getDoseEngineId <em>Dose Engine Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Engine Id</em>' attribute.
	 * @see #getDoseEngineId()
	 * @generated
	 */
	void setDoseEngineId(String value);

	/**
	 * Returns the value of the '<em><b>Doses</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.DoseDistribution}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Doses</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getPlan_Doses()
	 * @model containment="true"
	 * @generated
	 */
	EList<DoseDistribution> getDoses();

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: every dose grid of the plan lies inside the study's image.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasDoseInsideImage(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Plan
