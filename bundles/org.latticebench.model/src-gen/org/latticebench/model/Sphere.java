/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.core.Vec3;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Sphere</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Sphere#getCentreMm <em>Centre Mm</em>}</li>
 *   <li>{@link org.latticebench.model.Sphere#getDiameterMm <em>Diameter Mm</em>}</li>
 *   <li>{@link org.latticebench.model.Sphere#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getSphere()
 * @model
 * @generated
 */
public interface Sphere extends EObject {
	/**
	 * Returns the value of the '<em><b>Centre Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Centre Mm</em>' attribute.
	 * @see #setCentreMm(Vec3)
	 * @see org.latticebench.model.ModelPackage#getSphere_CentreMm()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getCentreMm();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Sphere#getCentreMm <em>Centre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Centre Mm</em>' attribute.
	 * @see #getCentreMm()
	 * @generated
	 */
	void setCentreMm(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Diameter Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Diameter Mm</em>' attribute.
	 * @see #setDiameterMm(double)
	 * @see org.latticebench.model.ModelPackage#getSphere_DiameterMm()
	 * @model
	 * @generated
	 */
	double getDiameterMm();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Sphere#getDiameterMm <em>Diameter Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Diameter Mm</em>' attribute.
	 * @see #getDiameterMm()
	 * @generated
	 */
	void setDiameterMm(double value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.latticebench.model.SphereStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.latticebench.model.SphereStatus
	 * @see #setStatus(SphereStatus)
	 * @see org.latticebench.model.ModelPackage#getSphere_Status()
	 * @model
	 * @generated
	 */
	SphereStatus getStatus();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Sphere#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.latticebench.model.SphereStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(SphereStatus value);

} // Sphere
