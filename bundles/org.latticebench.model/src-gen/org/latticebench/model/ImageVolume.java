/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Image Volume</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.ImageVolume#getModality <em>Modality</em>}</li>
 *   <li>{@link org.latticebench.model.ImageVolume#getGrid <em>Grid</em>}</li>
 *   <li>{@link org.latticebench.model.ImageVolume#getHuValues <em>Hu Values</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getImageVolume()
 * @model
 * @generated
 */
public interface ImageVolume extends EObject {
	/**
	 * Returns the value of the '<em><b>Modality</b></em>' attribute.
	 * The default value is <code>"CT"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Modality</em>' attribute.
	 * @see #setModality(String)
	 * @see org.latticebench.model.ModelPackage#getImageVolume_Modality()
	 * @model default="CT"
	 * @generated
	 */
	String getModality();

	/**
	 * Sets the value of the '{@link org.latticebench.model.ImageVolume#getModality <em>Modality</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Modality</em>' attribute.
	 * @see #getModality()
	 * @generated
	 */
	void setModality(String value);

	/**
	 * Returns the value of the '<em><b>Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Grid</em>' containment reference.
	 * @see #setGrid(VoxelGrid)
	 * @see org.latticebench.model.ModelPackage#getImageVolume_Grid()
	 * @model containment="true"
	 * @generated
	 */
	VoxelGrid getGrid();

	/**
	 * Sets the value of the '{@link org.latticebench.model.ImageVolume#getGrid <em>Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Grid</em>' containment reference.
	 * @see #getGrid()
	 * @generated
	 */
	void setGrid(VoxelGrid value);

	/**
	 * Returns the value of the '<em><b>Hu Values</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Hounsfield units at the voxel centres, index i + nx*(j + ny*k).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Hu Values</em>' attribute.
	 * @see #setHuValues(BulkArray)
	 * @see org.latticebench.model.ModelPackage#getImageVolume_HuValues()
	 * @model dataType="org.latticebench.model.BulkArray"
	 * @generated
	 */
	BulkArray getHuValues();

	/**
	 * Sets the value of the '{@link org.latticebench.model.ImageVolume#getHuValues <em>Hu Values</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hu Values</em>' attribute.
	 * @see #getHuValues()
	 * @generated
	 */
	void setHuValues(BulkArray value);

} // ImageVolume
