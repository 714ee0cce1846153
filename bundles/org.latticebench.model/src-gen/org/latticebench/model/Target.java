/**
 */
package org.latticebench.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Target</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Target#getStructureName <em>Structure Name</em>}</li>
 *   <li>{@link org.latticebench.model.Target#getDoseGy <em>Dose Gy</em>}</li>
 *   <li>{@link org.latticebench.model.Target#getSpheres <em>Spheres</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getTarget()
 * @model
 * @generated
 */
public interface Target extends EObject {
	/**
	 * Returns the value of the '<em><b>Structure Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Structure Name</em>' attribute.
	 * @see #setStructureName(String)
	 * @see org.latticebench.model.ModelPackage#getTarget_StructureName()
	 * @model
	 * @generated
	 */
	String getStructureName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Target#getStructureName <em>Structure Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Structure Name</em>' attribute.
	 * @see #getStructureName()
	 * @generated
	 */
	void setStructureName(String value);

	/**
	 * Returns the value of the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total dose prescribed to this target over the course, Gy.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Gy</em>' attribute.
	 * @see #setDoseGy(double)
	 * @see org.latticebench.model.ModelPackage#getTarget_DoseGy()
	 * @model
	 * @generated
	 */
	double getDoseGy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Target#getDoseGy <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Gy</em>' attribute.
	 * @see #getDoseGy()
	 * @generated
	 */
	void setDoseGy(double value);

	/**
	 * Returns the value of the '<em><b>Spheres</b></em>' containment reference list.
	 * The list contents are of type {@link org.latticebench.model.Sphere}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Lattice vertices (high-dose spheres) of an SFRT target; empty for a uniform target.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spheres</em>' containment reference list.
	 * @see org.latticebench.model.ModelPackage#getTarget_Spheres()
	 * @model containment="true"
	 * @generated
	 */
	EList<Sphere> getSpheres();

} // Target
