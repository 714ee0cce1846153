/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Dose Distribution</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.DoseDistribution#getKind <em>Kind</em>}</li>
 *   <li>{@link org.latticebench.model.DoseDistribution#getSource <em>Source</em>}</li>
 *   <li>{@link org.latticebench.model.DoseDistribution#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.latticebench.model.DoseDistribution#getDoseGy <em>Dose Gy</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getDoseDistribution()
 * @model
 * @generated
 */
public interface DoseDistribution extends EObject {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.latticebench.model.DoseKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.latticebench.model.DoseKind
	 * @see #setKind(DoseKind)
	 * @see org.latticebench.model.ModelPackage#getDoseDistribution_Kind()
	 * @model
	 * @generated
	 */
	DoseKind getKind();

	/**
	 * Sets the value of the '{@link org.latticebench.model.DoseDistribution#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.latticebench.model.DoseKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(DoseKind value);

	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where the dose came from: a dose engine id, or the imported file.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.latticebench.model.ModelPackage#getDoseDistribution_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.latticebench.model.DoseDistribution#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grid</em>' containment reference.
	 * @see #setGrid(VoxelGrid)
	 * @see org.latticebench.model.ModelPackage#getDoseDistribution_Grid()
	 * @model containment="true"
	 * @generated
	 */
	VoxelGrid getGrid();

	/**
	 * Sets the value of the '{@link org.latticebench.model.DoseDistribution#getGrid <em>Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grid</em>' containment reference.
	 * @see #getGrid()
	 * @generated
	 */
	void setGrid(VoxelGrid value);

	/**
	 * Returns the value of the '<em><b>Dose Gy</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Total dose over the course in Gy at the voxel centres of grid.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dose Gy</em>' attribute.
	 * @see #setDoseGy(BulkArray)
	 * @see org.latticebench.model.ModelPackage#getDoseDistribution_DoseGy()
	 * @model dataType="org.latticebench.model.BulkArray"
	 * @generated
	 */
	BulkArray getDoseGy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.DoseDistribution#getDoseGy <em>Dose Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dose Gy</em>' attribute.
	 * @see #getDoseGy()
	 * @generated
	 */
	void setDoseGy(BulkArray value);

} // DoseDistribution
