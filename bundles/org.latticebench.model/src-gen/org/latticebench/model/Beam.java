/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.core.Vec3;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Beam</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Beam#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getGantryDeg <em>Gantry Deg</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getCollimatorDeg <em>Collimator Deg</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getCouchDeg <em>Couch Deg</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getIsocentreMm <em>Isocentre Mm</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getEnergyMV <em>Energy MV</em>}</li>
 *   <li>{@link org.latticebench.model.Beam#getWeight <em>Weight</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getBeam()
 * @model
 * @generated
 */
public interface Beam extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getBeam_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Gantry Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Gantry Deg</em>' attribute.
	 * @see #setGantryDeg(double)
	 * @see org.latticebench.model.ModelPackage#getBeam_GantryDeg()
	 * @model
	 * @generated
	 */
	double getGantryDeg();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getGantryDeg <em>Gantry Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Gantry Deg</em>' attribute.
	 * @see #getGantryDeg()
	 * @generated
	 */
	void setGantryDeg(double value);

	/**
	 * Returns the value of the '<em><b>Collimator Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Collimator Deg</em>' attribute.
	 * @see #setCollimatorDeg(double)
	 * @see org.latticebench.model.ModelPackage#getBeam_CollimatorDeg()
	 * @model
	 * @generated
	 */
	double getCollimatorDeg();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getCollimatorDeg <em>Collimator Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Collimator Deg</em>' attribute.
	 * @see #getCollimatorDeg()
	 * @generated
	 */
	void setCollimatorDeg(double value);

	/**
	 * Returns the value of the '<em><b>Couch Deg</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Couch Deg</em>' attribute.
	 * @see #setCouchDeg(double)
	 * @see org.latticebench.model.ModelPackage#getBeam_CouchDeg()
	 * @model
	 * @generated
	 */
	double getCouchDeg();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getCouchDeg <em>Couch Deg</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Couch Deg</em>' attribute.
	 * @see #getCouchDeg()
	 * @generated
	 */
	void setCouchDeg(double value);

	/**
	 * Returns the value of the '<em><b>Isocentre Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Isocentre Mm</em>' attribute.
	 * @see #setIsocentreMm(Vec3)
	 * @see org.latticebench.model.ModelPackage#getBeam_IsocentreMm()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getIsocentreMm();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getIsocentreMm <em>Isocentre Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Isocentre Mm</em>' attribute.
	 * @see #getIsocentreMm()
	 * @generated
	 */
	void setIsocentreMm(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Energy MV</b></em>' attribute.
	 * The default value is <code>"6.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Nominal photon energy, MV.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Energy MV</em>' attribute.
	 * @see #setEnergyMV(double)
	 * @see org.latticebench.model.ModelPackage#getBeam_EnergyMV()
	 * @model default="6.0"
	 * @generated
	 */
	double getEnergyMV();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getEnergyMV <em>Energy MV</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Energy MV</em>' attribute.
	 * @see #getEnergyMV()
	 * @generated
	 */
	void setEnergyMV(double value);

	/**
	 * Returns the value of the '<em><b>Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Weight</em>' attribute.
	 * @see #setWeight(double)
	 * @see org.latticebench.model.ModelPackage#getBeam_Weight()
	 * @model default="1.0"
	 * @generated
	 */
	double getWeight();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Beam#getWeight <em>Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Weight</em>' attribute.
	 * @see #getWeight()
	 * @generated
	 */
	void setWeight(double value);

} // Beam
