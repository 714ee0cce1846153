/**
 */
package org.latticebench.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;
import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.latticebench.core.Vec3;

import org.latticebench.model.ModelPackage;
import org.latticebench.model.VoxelGrid;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Voxel Grid</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getOriginMm <em>Origin Mm</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getSpacingMm <em>Spacing Mm</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getNx <em>Nx</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getNy <em>Ny</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getNz <em>Nz</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getRowDirection <em>Row Direction</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getColumnDirection <em>Column Direction</em>}</li>
 *   <li>{@link org.latticebench.model.impl.VoxelGridImpl#getSliceDirection <em>Slice Direction</em>}</li>
 * </ul>
 *
 * @generated
 */
public class VoxelGridImpl extends MinimalEObjectImpl.Container implements VoxelGrid {
	/**
	 * The default value of the '{@link #getOriginMm() <em>Origin Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginMm()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 ORIGIN_MM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginMm() <em>Origin Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginMm()
	 * @generated
	 * @ordered
	 */
	protected Vec3 originMm = ORIGIN_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getSpacingMm() <em>Spacing Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacingMm()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 SPACING_MM_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSpacingMm() <em>Spacing Mm</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSpacingMm()
	 * @generated
	 * @ordered
	 */
	protected Vec3 spacingMm = SPACING_MM_EDEFAULT;

	/**
	 * The default value of the '{@link #getNx() <em>Nx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNx()
	 * @generated
	 * @ordered
	 */
	protected static final int NX_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNx() <em>Nx</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNx()
	 * @generated
	 * @ordered
	 */
	protected int nx = NX_EDEFAULT;

	/**
	 * The default value of the '{@link #getNy() <em>Ny</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNy()
	 * @generated
	 * @ordered
	 */
	protected static final int NY_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNy() <em>Ny</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNy()
	 * @generated
	 * @ordered
	 */
	protected int ny = NY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNz() <em>Nz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNz()
	 * @generated
	 * @ordered
	 */
	protected static final int NZ_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getNz() <em>Nz</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNz()
	 * @generated
	 * @ordered
	 */
	protected int nz = NZ_EDEFAULT;

	/**
	 * The default value of the '{@link #getRowDirection() <em>Row Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 ROW_DIRECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getRowDirection() <em>Row Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getRowDirection()
	 * @generated
	 * @ordered
	 */
	protected Vec3 rowDirection = ROW_DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getColumnDirection() <em>Column Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 COLUMN_DIRECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getColumnDirection() <em>Column Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getColumnDirection()
	 * @generated
	 * @ordered
	 */
	protected Vec3 columnDirection = COLUMN_DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getSliceDirection() <em>Slice Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSliceDirection()
	 * @generated
	 * @ordered
	 */
	protected static final Vec3 SLICE_DIRECTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getSliceDirection() <em>Slice Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSliceDirection()
	 * @generated
	 * @ordered
	 */
	protected Vec3 sliceDirection = SLICE_DIRECTION_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected VoxelGridImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ModelPackage.Literals.VOXEL_GRID;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getOriginMm() {
		return originMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginMm(Vec3 newOriginMm) {
		Vec3 oldOriginMm = originMm;
		originMm = newOriginMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__ORIGIN_MM, oldOriginMm, originMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getSpacingMm() {
		return spacingMm;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSpacingMm(Vec3 newSpacingMm) {
		Vec3 oldSpacingMm = spacingMm;
		spacingMm = newSpacingMm;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__SPACING_MM, oldSpacingMm, spacingMm));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNx() {
		return nx;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNx(int newNx) {
		int oldNx = nx;
		nx = newNx;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__NX, oldNx, nx));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNy() {
		return ny;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNy(int newNy) {
		int oldNy = ny;
		ny = newNy;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__NY, oldNy, ny));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getNz() {
		return nz;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNz(int newNz) {
		int oldNz = nz;
		nz = newNz;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__NZ, oldNz, nz));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getRowDirection() {
		return rowDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setRowDirection(Vec3 newRowDirection) {
		Vec3 oldRowDirection = rowDirection;
		rowDirection = newRowDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__ROW_DIRECTION, oldRowDirection, rowDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getColumnDirection() {
		return columnDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setColumnDirection(Vec3 newColumnDirection) {
		Vec3 oldColumnDirection = columnDirection;
		columnDirection = newColumnDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__COLUMN_DIRECTION, oldColumnDirection, columnDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Vec3 getSliceDirection() {
		return sliceDirection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSliceDirection(Vec3 newSliceDirection) {
		Vec3 oldSliceDirection = sliceDirection;
		sliceDirection = newSliceDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ModelPackage.VOXEL_GRID__SLICE_DIRECTION, oldSliceDirection, sliceDirection));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ModelPackage.VOXEL_GRID__ORIGIN_MM:
				return getOriginMm();
			case ModelPackage.VOXEL_GRID__SPACING_MM:
				return getSpacingMm();
			case ModelPackage.VOXEL_GRID__NX:
				return getNx();
			case ModelPackage.VOXEL_GRID__NY:
				return getNy();
			case ModelPackage.VOXEL_GRID__NZ:
				return getNz();
			case ModelPackage.VOXEL_GRID__ROW_DIRECTION:
				return getRowDirection();
			case ModelPackage.VOXEL_GRID__COLUMN_DIRECTION:
				return getColumnDirection();
			case ModelPackage.VOXEL_GRID__SLICE_DIRECTION:
				return getSliceDirection();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ModelPackage.VOXEL_GRID__ORIGIN_MM:
				setOriginMm((Vec3)newValue);
				return;
			case ModelPackage.VOXEL_GRID__SPACING_MM:
				setSpacingMm((Vec3)newValue);
				return;
			case ModelPackage.VOXEL_GRID__NX:
				setNx((Integer)newValue);
				return;
			case ModelPackage.VOXEL_GRID__NY:
				setNy((Integer)newValue);
				return;
			case ModelPackage.VOXEL_GRID__NZ:
				setNz((Integer)newValue);
				return;
			case ModelPackage.VOXEL_GRID__ROW_DIRECTION:
				setRowDirection((Vec3)newValue);
				return;
			case ModelPackage.VOXEL_GRID__COLUMN_DIRECTION:
				setColumnDirection((Vec3)newValue);
				return;
			case ModelPackage.VOXEL_GRID__SLICE_DIRECTION:
				setSliceDirection((Vec3)newValue);
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
			case ModelPackage.VOXEL_GRID__ORIGIN_MM:
				setOriginMm(ORIGIN_MM_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__SPACING_MM:
				setSpacingMm(SPACING_MM_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__NX:
				setNx(NX_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__NY:
				setNy(NY_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__NZ:
				setNz(NZ_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__ROW_DIRECTION:
				setRowDirection(ROW_DIRECTION_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__COLUMN_DIRECTION:
				setColumnDirection(COLUMN_DIRECTION_EDEFAULT);
				return;
			case ModelPackage.VOXEL_GRID__SLICE_DIRECTION:
				setSliceDirection(SLICE_DIRECTION_EDEFAULT);
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
			case ModelPackage.VOXEL_GRID__ORIGIN_MM:
				return ORIGIN_MM_EDEFAULT == null ? originMm != null : !ORIGIN_MM_EDEFAULT.equals(originMm);
			case ModelPackage.VOXEL_GRID__SPACING_MM:
				return SPACING_MM_EDEFAULT == null ? spacingMm != null : !SPACING_MM_EDEFAULT.equals(spacingMm);
			case ModelPackage.VOXEL_GRID__NX:
				return nx != NX_EDEFAULT;
			case ModelPackage.VOXEL_GRID__NY:
				return ny != NY_EDEFAULT;
			case ModelPackage.VOXEL_GRID__NZ:
				return nz != NZ_EDEFAULT;
			case ModelPackage.VOXEL_GRID__ROW_DIRECTION:
				return ROW_DIRECTION_EDEFAULT == null ? rowDirection != null : !ROW_DIRECTION_EDEFAULT.equals(rowDirection);
			case ModelPackage.VOXEL_GRID__COLUMN_DIRECTION:
				return COLUMN_DIRECTION_EDEFAULT == null ? columnDirection != null : !COLUMN_DIRECTION_EDEFAULT.equals(columnDirection);
			case ModelPackage.VOXEL_GRID__SLICE_DIRECTION:
				return SLICE_DIRECTION_EDEFAULT == null ? sliceDirection != null : !SLICE_DIRECTION_EDEFAULT.equals(sliceDirection);
		}
		return super.eIsSet(featureID);
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
		result.append(" (originMm: ");
		result.append(originMm);
		result.append(", spacingMm: ");
		result.append(spacingMm);
		result.append(", nx: ");
		result.append(nx);
		result.append(", ny: ");
		result.append(ny);
		result.append(", nz: ");
		result.append(nz);
		result.append(", rowDirection: ");
		result.append(rowDirection);
		result.append(", columnDirection: ");
		result.append(columnDirection);
		result.append(", sliceDirection: ");
		result.append(sliceDirection);
		result.append(')');
		return result.toString();
	}

} //VoxelGridImpl
