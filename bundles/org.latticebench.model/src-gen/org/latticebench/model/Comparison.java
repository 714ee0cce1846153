/**
 */
package org.latticebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Comparison</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Comparison#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Comparison#getPlans <em>Plans</em>}</li>
 *   <li>{@link org.latticebench.model.Comparison#getReferencePlan <em>Reference Plan</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getComparison()
 * @model
 * @generated
 */
public interface Comparison extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getComparison_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Comparison#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Plans</b></em>' reference list.
	 * The list contents are of type {@link org.latticebench.model.Plan}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Plans</em>' reference list.
	 * @see org.latticebench.model.ModelPackage#getComparison_Plans()
	 * @model
	 * @generated
	 */
	EList<Plan> getPlans();

	/**
	 * Returns the value of the '<em><b>Reference Plan</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Reference Plan</em>' reference.
	 * @see #setReferencePlan(Plan)
	 * @see org.latticebench.model.ModelPackage#getComparison_ReferencePlan()
	 * @model
	 * @generated
	 */
	Plan getReferencePlan();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Comparison#getReferencePlan <em>Reference Plan</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Reference Plan</em>' reference.
	 * @see #getReferencePlan()
	 * @generated
	 */
	void setReferencePlan(Plan value);

} // Comparison
