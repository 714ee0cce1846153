/**
 */
package org.latticebench.model;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.core.Vec3;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Voxel Grid</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A regular voxel grid in DICOM patient coordinates (LPS, mm), as core Grid3: voxel (i,j,k) is at originMm + i*spacingMm.x*rowDirection + j*spacingMm.y*columnDirection + k*spacingMm.z*sliceDirection.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.VoxelGrid#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getNx <em>Nx</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getNy <em>Ny</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getNz <em>Nz</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.latticebench.model.VoxelGrid#getSliceDirection <em>Slice Direction</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getVoxelGrid()
 * @model
 * @generated
 */
public interface VoxelGrid extends EObject {
	/**
	 * Returns the value of the '<em><b>Origin Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Origin Mm</em>' attribute.
	 * @see #setOriginMm(Vec3)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_OriginMm()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getOriginMm();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getOriginMm <em>Origin Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Origin Mm</em>' attribute.
	 * @see #getOriginMm()
	 * @generated
	 */
	void setOriginMm(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Spacing Mm</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Spacing Mm</em>' attribute.
	 * @see #setSpacingMm(Vec3)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_SpacingMm()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getSpacingMm();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getSpacingMm <em>Spacing Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing Mm</em>' attribute.
	 * @see #getSpacingMm()
	 * @generated
	 */
	void setSpacingMm(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Nx</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nx</em>' attribute.
	 * @see #setNx(int)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_Nx()
	 * @model
	 * @generated
	 */
	int getNx();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getNx <em>Nx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nx</em>' attribute.
	 * @see #getNx()
	 * @generated
	 */
	void setNx(int value);

	/**
	 * Returns the value of the '<em><b>Ny</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ny</em>' attribute.
	 * @see #setNy(int)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_Ny()
	 * @model
	 * @generated
	 */
	int getNy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getNy <em>Ny</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ny</em>' attribute.
	 * @see #getNy()
	 * @generated
	 */
	void setNy(int value);

	/**
	 * Returns the value of the '<em><b>Nz</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Nz</em>' attribute.
	 * @see #setNz(int)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_Nz()
	 * @model
	 * @generated
	 */
	int getNz();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getNz <em>Nz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Nz</em>' attribute.
	 * @see #getNz()
	 * @generated
	 */
	void setNz(int value);

	/**
	 * Returns the value of the '<em><b>Row Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Row Direction</em>' attribute.
	 * @see #setRowDirection(Vec3)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_RowDirection()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getRowDirection();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getRowDirection <em>Row Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Row Direction</em>' attribute.
	 * @see #getRowDirection()
	 * @generated
	 */
	void setRowDirection(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Column Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Column Direction</em>' attribute.
	 * @see #setColumnDirection(Vec3)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_ColumnDirection()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getColumnDirection();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getColumnDirection <em>Column Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Column Direction</em>' attribute.
	 * @see #getColumnDirection()
	 * @generated
	 */
	void setColumnDirection(Vec3 value);

	/**
	 * Returns the value of the '<em><b>Slice Direction</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Slice Direction</em>' attribute.
	 * @see #setSliceDirection(Vec3)
	 * @see org.latticebench.model.ModelPackage#getVoxelGrid_SliceDirection()
	 * @model dataType="org.latticebench.model.Vec3"
	 * @generated
	 */
	Vec3 getSliceDirection();

	/**
	 * Sets the value of the '{@link org.latticebench.model.VoxelGrid#getSliceDirection <em>Slice Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Slice Direction</em>' attribute.
	 * @see #getSliceDirection()
	 * @generated
	 */
	void setSliceDirection(Vec3 value);

} // VoxelGrid
