/**
 */
package org.latticebench.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.latticebench.core.PlanarContour;

import org.latticebench.model.data.BulkArray;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Structure</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.Structure#getName <em>Name</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getRole <em>Role</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getColorRgb <em>Color Rgb</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getAlphaBetaGy <em>Alpha Beta Gy</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#isVisible <em>Visible</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getContours <em>Contours</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getMask <em>Mask</em>}</li>
 *   <li>{@link org.latticebench.model.Structure#getMaskGrid <em>Mask Grid</em>}</li>
 * </ul>
 *
 * @see org.latticebench.model.ModelPackage#getStructure()
 * @model
 * @generated
 */
public interface Structure extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.latticebench.model.ModelPackage#getStructure_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' attribute.
	 * The literals are from the enumeration {@link org.latticebench.model.StructureRole}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' attribute.
	 * @see org.latticebench.model.StructureRole
	 * @see #setRole(StructureRole)
	 * @see org.latticebench.model.ModelPackage#getStructure_Role()
	 * @model
	 * @generated
	 */
	StructureRole getRole();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getRole <em>Role</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' attribute.
	 * @see org.latticebench.model.StructureRole
	 * @see #getRole()
	 * @generated
	 */
	void setRole(StructureRole value);

	/**
	 * Returns the value of the '<em><b>Color Rgb</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Display colour as 0xRRGGBB.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Color Rgb</em>' attribute.
	 * @see #setColorRgb(int)
	 * @see org.latticebench.model.ModelPackage#getStructure_ColorRgb()
	 * @model
	 * @generated
	 */
	int getColorRgb();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getColorRgb <em>Color Rgb</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color Rgb</em>' attribute.
	 * @see #getColorRgb()
	 * @generated
	 */
	void setColorRgb(int value);

	/**
	 * Returns the value of the '<em><b>Alpha Beta Gy</b></em>' attribute.
	 * The default value is <code>"10.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Alpha Beta Gy</em>' attribute.
	 * @see #setAlphaBetaGy(double)
	 * @see org.latticebench.model.ModelPackage#getStructure_AlphaBetaGy()
	 * @model default="10.0"
	 * @generated
	 */
	double getAlphaBetaGy();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getAlphaBetaGy <em>Alpha Beta Gy</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Alpha Beta Gy</em>' attribute.
	 * @see #getAlphaBetaGy()
	 * @generated
	 */
	void setAlphaBetaGy(double value);

	/**
	 * Returns the value of the '<em><b>Visible</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Visible</em>' attribute.
	 * @see #setVisible(boolean)
	 * @see org.latticebench.model.ModelPackage#getStructure_Visible()
	 * @model default="true"
	 * @generated
	 */
	boolean isVisible();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#isVisible <em>Visible</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Visible</em>' attribute.
	 * @see #isVisible()
	 * @generated
	 */
	void setVisible(boolean value);

	/**
	 * Returns the value of the '<em><b>Contours</b></em>' attribute list.
	 * The list contents are of type {@link org.latticebench.core.PlanarContour}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Closed planar contours in patient coordinates (mm); several on one plane combine by XOR.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Contours</em>' attribute list.
	 * @see org.latticebench.model.ModelPackage#getStructure_Contours()
	 * @model dataType="org.latticebench.model.PlanarContour"
	 * @generated
	 */
	EList<PlanarContour> getContours();

	/**
	 * Returns the value of the '<em><b>Mask</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Partial-volume fractions in [0, 1] on maskGrid (on the study's image grid when maskGrid is null, as study format 1 saved them), or null when not computed.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mask</em>' attribute.
	 * @see #setMask(BulkArray)
	 * @see org.latticebench.model.ModelPackage#getStructure_Mask()
	 * @model dataType="org.latticebench.model.BulkArray"
	 * @generated
	 */
	BulkArray getMask();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getMask <em>Mask</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask</em>' attribute.
	 * @see #getMask()
	 * @generated
	 */
	void setMask(BulkArray value);

	/**
	 * Returns the value of the '<em><b>Mask Grid</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The grid of mask: usually the box of the image grid around the structure (same spacing and directions, origin on an image voxel centre). Null means the whole image grid (studies saved in format 1).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Mask Grid</em>' containment reference.
	 * @see #setMaskGrid(VoxelGrid)
	 * @see org.latticebench.model.ModelPackage#getStructure_MaskGrid()
	 * @model containment="true"
	 * @generated
	 */
	VoxelGrid getMaskGrid();

	/**
	 * Sets the value of the '{@link org.latticebench.model.Structure#getMaskGrid <em>Mask Grid</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mask Grid</em>' containment reference.
	 * @see #getMaskGrid()
	 * @generated
	 */
	void setMaskGrid(VoxelGrid value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Invariant: a structure has contours or a mask.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasGeometry(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Structure
